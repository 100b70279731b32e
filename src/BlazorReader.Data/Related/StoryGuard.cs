using BlazorReader.Core.Related;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Related;

// The stored lists hold other stories only: the article's own story is its coverage, shown
// apart, and one article stands for each other story. Editors' pins still rule.
internal static class StoryGuard
{
    public static IReadOnlyList<RelatedItem> Apply(int id, IReadOnlyList<RelatedItem> items, IReadOnlyDictionary<int, int> storyOf)
    {
        var own = storyOf.TryGetValue(id, out var s) ? s : (int?)null;
        var shown = new HashSet<int>();
        return [.. items.Where(item => item.Kind == RelatedKind.Pinned
            || !storyOf.TryGetValue(item.ArticleId, out var story)
            || (story != own && shown.Add(story)))];
    }

    // Null ids reads every article's story (a rebuild).
    public static async Task<Dictionary<int, int>> StoriesOfAsync(ReaderDbContext db, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var articles = db.Articles.AsNoTracking().Where(a => a.StoryId != null);
        if (ids is not null)
        {
            articles = articles.Where(a => ids.Contains(a.Id));
        }
        return await articles.ToDictionaryAsync(a => a.Id, a => a.StoryId!.Value, ct);
    }

    public static async Task<Dictionary<int, IReadOnlyList<RelatedItem>>> ApplyAsync(ReaderDbContext db,
        IReadOnlyDictionary<int, IReadOnlyList<RelatedItem>> lists, bool all, CancellationToken ct)
    {
        var ids = all ? null : lists.Keys.Concat(lists.Values.SelectMany(l => l.Select(i => i.ArticleId))).ToHashSet();
        var storyOf = await StoriesOfAsync(db, ids, ct);
        return lists.ToDictionary(l => l.Key, l => Apply(l.Key, l.Value, storyOf));
    }
}

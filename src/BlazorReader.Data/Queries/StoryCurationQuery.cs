using BlazorReader.Data.Stories;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record StoryCurationState(int ArticleId, string ArticleTitle, Story? Story, IReadOnlyList<CuratedStory> Members, bool KeptApart);

// An article's story as its editor sees it: the story, every member (drafts and hidden ones
// too) and whether an editor split the article out. Changes go through ArticleChanges.
public sealed class StoryCurationQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<StoryCurationState?> OfAsync(int articleId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => new { a.Title, a.StoryId }).FirstOrDefaultAsync(ct) is not { } article)
        {
            return null;
        }
        var story = article.StoryId is { } id ? await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) : null;
        var members = story is null ? [] : await db.Articles.AsNoTracking().Where(a => a.StoryId == story.Id)
            .OrderBy(a => a.SortDate).ThenBy(a => a.Id)
            .Select(a => new CuratedStory(a.Id, a.Title, a.Status, a.Source))
            .ToListAsync(ct);
        var apart = await db.StoryRules.AnyAsync(r => r.ArticleId == articleId && r.Kind == StoryRuleKind.Apart, ct);
        return new StoryCurationState(articleId, article.Title, story, members, apart);
    }
}

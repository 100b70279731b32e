using BlazorReader.Core.Markdown;
using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Media;

// An article that uses a picture, named for the admin who would delete it.
public sealed record MediaUser(int ArticleId, string Title);

// Which articles use library pictures: as their lead picture, or named in their stored body
// (media:12). The body is JSON in one column, so the store narrows by its text and each
// candidate's body is read again here: "media:12" is also the start of "media:123", and only
// a picture the body's grammar reads as one counts.
internal static class MediaUse
{
    public static async Task<IReadOnlyList<MediaUser>> ArticlesUsingAsync(ReaderDbContext db, int id, CancellationToken ct)
    {
        var leads = await db.Articles.Where(a => a.LeadMediaId == id).Select(a => new MediaUser(a.Id, a.Title)).ToListAsync(ct);
        var named = (await CandidatesAsync(db, MediaReference.Of(id), ct))
            .Where(a => MediaReference.In(a.Blocks).Contains(id)).Select(a => new MediaUser(a.Id, a.Title));
        return [.. leads.Concat(named).DistinctBy(u => u.ArticleId).OrderBy(u => u.ArticleId)];
    }

    public static async Task<HashSet<int>> UsedIdsAsync(ReaderDbContext db, CancellationToken ct)
    {
        var used = (await db.Articles.Where(a => a.LeadMediaId != null).Select(a => a.LeadMediaId!.Value).ToListAsync(ct)).ToHashSet();
        foreach (var article in await CandidatesAsync(db, "media:", ct))
        {
            used.UnionWith(MediaReference.In(article.Blocks));
        }
        return used;
    }

    // Lower-cased as the grammar reads "MEDIA:12" too; quoted names as all three stores take them.
    private static async Task<List<Article>> CandidatesAsync(ReaderDbContext db, string reference, CancellationToken ct)
    {
        var pattern = "%" + reference.ToLowerInvariant() + "%";
        return await db.Articles.FromSql($"SELECT * FROM \"Articles\" WHERE LOWER(\"Blocks\") LIKE {pattern}")
            .Select(a => new Article { Id = a.Id, Title = a.Title, Blocks = a.Blocks }).ToListAsync(ct);
    }
}

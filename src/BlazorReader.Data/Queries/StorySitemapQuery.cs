using BlazorReader.Core.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record StorySitemapEntry(int Id, string Slug, DateTime UpdatedAt);

// Every story readers can open (one published article or more), for the stories' sitemap,
// in id order; a sitemap holds at most `limit` addresses.
public sealed class StorySitemapQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<IReadOnlyList<StorySitemapEntry>> ListAsync(int limit, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // The readers' rule (PublishedArticles) inline: EF cannot translate the extension inside Any.
        return await db.Stories.AsNoTracking()
            .Where(s => db.Articles.Any(a => a.StoryId == s.Id && a.Status == ArticleStatus.Published))
            .OrderBy(s => s.Id).Take(limit)
            .Select(s => new StorySitemapEntry(s.Id, s.Slug, s.UpdatedAt)).ToListAsync(ct);
    }
}

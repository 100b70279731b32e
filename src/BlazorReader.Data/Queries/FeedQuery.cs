using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record FeedItem(int Id, string Slug, string Title, string Lead, string? Source, DateTime SortDate, int? LeadMediaId);

// The newest published articles, as the RSS feed lists them.
public sealed class FeedQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<IReadOnlyList<FeedItem>> LatestAsync(int count, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().Published()
            .OrderByDescending(a => a.SortDate).ThenByDescending(a => a.Id).Take(count)
            .Select(a => new FeedItem(a.Id, a.Slug, a.Title, a.Lead, a.Source, a.SortDate, a.LeadMediaId)).ToListAsync(ct);
    }
}

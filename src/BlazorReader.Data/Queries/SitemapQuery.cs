using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record SitemapEntry(int Id, string Slug, DateTime UpdatedAt);

// Every published article's address for crawlers, in id order so that a page of the sitemap
// keeps its articles as new ones arrive.
public sealed class SitemapQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<int> CountAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().Published().CountAsync(ct);
    }

    // page counts from 0.
    public async Task<IReadOnlyList<SitemapEntry>> PageAsync(int page, int size, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().Published().OrderBy(a => a.Id).Skip(page * size).Take(size)
            .Select(a => new SitemapEntry(a.Id, a.Slug, a.UpdatedAt)).ToListAsync(ct);
    }
}

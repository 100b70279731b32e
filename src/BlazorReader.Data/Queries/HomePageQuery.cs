using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record SourceCount(string Name, int Count);

// The date shown is the publication date only: an import time would mislead the reader.
public sealed record ArticleSummary(int Id, string Slug, string Title, string? Source, DateTime? PublishedAt, string Lead, int ReadingMinutes);

public sealed record HomePage(IReadOnlyList<SourceCount> Sources, IReadOnlyList<ArticleSummary> Items, bool HasMore);

// The home page: how many published articles each source has, and one page (from 1) of the
// newest, of one source when asked, by the lists' sort key.
public sealed class HomePageQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<HomePage> LoadAsync(string? source, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var published = db.Articles.AsNoTracking().Published();
        var sources = (await published.Where(a => a.Source != null).GroupBy(a => a.Source)
            .Select(g => new { Name = g.Key, Count = g.Count() }).OrderByDescending(s => s.Count).ToListAsync(ct))
            .Select(s => new SourceCount(s.Name!, s.Count)).ToList();
        // One row past the page tells whether an older page exists.
        var rows = await published
            .Where(a => source == null || a.Source == source)
            .OrderByDescending(a => a.SortDate).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize + 1)
            .Select(a => new ArticleSummary(a.Id, a.Slug, a.Title, a.Source, a.PublishedAt, a.Lead, a.ReadingMinutes))
            .ToListAsync(ct);
        return new HomePage(sources, [.. rows.Take(pageSize)], rows.Count > pageSize);
    }
}

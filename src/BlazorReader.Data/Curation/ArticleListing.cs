using BlazorReader.Core.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Curation;

public sealed record ArticleRow(int Id, string Title, ArticleStatus Status, string? Source, DateTime? PublishedAt, DateTime UpdatedAt, bool TitleDerived);

public sealed record ArticleFilter(ArticleStatus? Status = null, string? Source = null, string? Tag = null, DateTime? From = null, DateTime? To = null);

// The editors' article list from the store, newest first, every status included. With a
// query, the search engine ranks and the store supplies the rows (Rows keeps its order).
public static class ArticleListing
{
    public static async Task<(int Total, IReadOnlyList<ArticleRow> Rows)> PageAsync(ReaderDbContext db, ArticleFilter filter, int page, int size, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Articles.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(filter.Source))
        {
            query = query.Where(a => a.Source == filter.Source);
        }
        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var slug = Slug.From(filter.Tag);
            query = query.Where(a => a.Tags.Any(t => t.Slug == slug));
        }
        if (filter.From is { } from)
        {
            query = query.Where(a => a.SortDate >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(a => a.SortDate < to.Date.AddDays(1));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.SortDate).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, page) * size).Take(size)
            .Select(a => new ArticleRow(a.Id, a.Title, a.Status, a.Source, a.PublishedAt, a.UpdatedAt, a.TitleDerived))
            .ToListAsync(ct);
        return (total, rows);
    }

    public static async Task<IReadOnlyList<ArticleRow>> RowsAsync(ReaderDbContext db, IReadOnlyList<int> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var found = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new ArticleRow(a.Id, a.Title, a.Status, a.Source, a.PublishedAt, a.UpdatedAt, a.TitleDerived))
            .ToDictionaryAsync(a => a.Id, ct);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    public static async Task<IReadOnlyList<string>> SourcesAsync(ReaderDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Articles.Where(a => a.Source != null).Select(a => a.Source!).Distinct().OrderBy(s => s).ToListAsync(ct);
    }
}

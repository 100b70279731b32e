using BlazorReader.Core.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record ArticleRow(int Id, string Title, ArticleStatus Status, string? Source, DateTime? PublishedAt, DateTime UpdatedAt, bool TitleDerived);

public sealed record ArticleFilter(ArticleStatus? Status = null, string? Source = null, string? Tag = null, DateTime? From = null, DateTime? To = null,
    CleaningState? Cleaning = null);

// The editors' article list from the store, newest first, every status included. With a
// query, the search engine ranks and the store supplies the rows (RowsAsync keeps its order).
public sealed class ArticleListQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    // page counts from 0.
    public async Task<(int Total, IReadOnlyList<ArticleRow> Rows)> PageAsync(ArticleFilter filter, int page, int size, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(ct);
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
        if (filter.Cleaning is { } cleaning)
        {
            query = query.In(db, cleaning);
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.SortDate).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, page) * size).Take(size)
            .Select(a => new ArticleRow(a.Id, a.Title, a.Status, a.Source, a.PublishedAt, a.UpdatedAt, a.TitleDerived))
            .ToListAsync(ct);
        return (total, rows);
    }

    public async Task<IReadOnlyList<ArticleRow>> RowsAsync(IReadOnlyList<int> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new ArticleRow(a.Id, a.Title, a.Status, a.Source, a.PublishedAt, a.UpdatedAt, a.TitleDerived))
            .ToDictionaryAsync(a => a.Id, ct);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    public async Task<IReadOnlyList<string>> SourcesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.Where(a => a.Source != null).Select(a => a.Source!).Distinct().OrderBy(s => s).ToListAsync(ct);
    }
}

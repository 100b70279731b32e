using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record ArticleLink(int Id, string Title, string Slug, string? SourceUrl);

public sealed record Neighbours(ArticleLink? Newer, ArticleLink? Older);

// The published articles just before and after one, within its source, by the same sort key
// as the lists (ties broken by id): the article page's previous and next links.
public sealed class SameSourceNeighboursQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<Neighbours> AroundAsync(Article article, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (at, id, source) = (article.SortDate, article.Id, article.Source);
        var sameSource = db.Articles.AsNoTracking().Published().Where(a => a.Source == source && a.Id != id);
        var newer = await sameSource.Where(a => a.SortDate > at || (a.SortDate == at && a.Id > id))
            .OrderBy(a => a.SortDate).ThenBy(a => a.Id)
            .Select(a => new ArticleLink(a.Id, a.Title, a.Slug, a.SourceUrl)).FirstOrDefaultAsync(ct);
        var older = await sameSource.Where(a => a.SortDate < at || (a.SortDate == at && a.Id < id))
            .OrderByDescending(a => a.SortDate).ThenByDescending(a => a.Id)
            .Select(a => new ArticleLink(a.Id, a.Title, a.Slug, a.SourceUrl)).FirstOrDefaultAsync(ct);
        return new Neighbours(newer, older);
    }
}

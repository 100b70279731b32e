using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// The published articles imported from one address: how a caller that holds a paper's URL
// finds our copy.
public sealed class SourceUrlQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<IReadOnlyList<ArticleLink>> FindAsync(string sourceUrl, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().Published()
            .Where(a => a.SourceUrl == sourceUrl)
            .Select(a => new ArticleLink(a.Id, a.Title, a.Slug, a.SourceUrl)).ToListAsync(ct);
    }
}

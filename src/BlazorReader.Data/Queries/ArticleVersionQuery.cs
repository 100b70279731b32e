using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// LatestRelatedLinkId: the related list is rewritten (new row ids) when it changes, without
// touching the article, so the newest row id stands for the list's version.
public sealed record ArticleVersion(Guid Version, DateTime UpdatedAt, int? LatestRelatedLinkId);

// What an article page's validators (ETag, Last-Modified) are made of, for the published
// article at exactly this address; another slug is answered by a redirect, never by a 304.
public sealed class ArticleVersionQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<ArticleVersion?> FindAsync(int id, string slug, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().Published()
            .Where(a => a.Id == id && a.Slug == slug)
            .Select(a => new ArticleVersion(a.Version, a.UpdatedAt, db.RelatedLinks.Where(l => l.ArticleId == a.Id).Max(l => (int?)l.Id)))
            .FirstOrDefaultAsync(ct);
    }
}

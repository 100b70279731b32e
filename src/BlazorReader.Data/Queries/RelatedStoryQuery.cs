using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// Reason: what the reader is told the two share (names, places); null when the list builder gave none.
public sealed record RelatedStory(int Id, string Title, string Slug, string? SourceUrl, string? Source, DateTime? PublishedAt, RelatedLinkKind Kind,
    string? Reason = null);

// An article's stored related list as readers see it: published targets only, in order. A
// part of larger reads (the article page and API, the editors' related page), so it runs on
// the caller's context.
public static class RelatedStoryQuery
{
    public static Task<List<RelatedStory>> ForAsync(ReaderDbContext db, int articleId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RelatedLinks.AsNoTracking()
            .Where(l => l.ArticleId == articleId)
            .Join(db.Articles.Published(), l => l.RelatedArticleId, a => a.Id, (l, a) => new { l, a })
            .OrderBy(x => x.l.Position)
            .Select(x => new RelatedStory(x.a.Id, x.a.Title, x.a.Slug, x.a.SourceUrl, x.a.Source, x.a.PublishedAt, x.l.Kind, x.l.Reason))
            .ToListAsync(ct);
    }
}

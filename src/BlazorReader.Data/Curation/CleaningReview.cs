using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Curation;

public sealed record RecleanPreview(ArticleEdit Current, string Markdown, string? Title, int Removed, int Teasers, Guid Version);

// What cleaning the raw text again with today's cleaner would give, before an editor applies
// it (ArticleChanges.RecleanAsync).
public sealed class CleaningReview(IDbContextFactory<ReaderDbContext> contexts, ArticleCleaner cleaner)
{
    public async Task<RecleanPreview?> PreviewRecleanAsync(int articleId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null)
        {
            return null;
        }
        var raw = ArticleAssembler.RawOf(article);
        var cleaned = cleaner.Clean(raw, await KnownStoriesReader.ReadForAsync(db, raw, ct));
        return new RecleanPreview(ArticleEdit.Of(article), cleaned.Markdown, article.TitleDerived ? cleaned.Title : null,
            cleaned.Removed.Count, cleaned.Teasers.Count, article.Version);
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Curation;

public sealed record RecleanPreview(ArticleEdit Current, string Markdown, string? Title, int Removed, int Teasers, Guid Version);

// What the cleaner did to one article, and the two ways to undo it: put a removed fragment
// back where it stood in the raw text, or clean the raw text again with today's cleaner.
public sealed class CleaningReview(IDbContextFactory<ReaderDbContext> contexts, ArticleEditor editor, ArticleCleaner cleaner, TimeProvider clock)
{
    public async Task<SaveOutcome> RestoreFragmentAsync(int articleId, int fragmentId, Guid expectedVersion, string? userName, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Include(a => a.Tags).Include(a => a.RemovedFragments).FirstOrDefaultAsync(a => a.Id == articleId, ct);
        if (article?.RemovedFragments.FirstOrDefault(f => f.Id == fragmentId) is not { } fragment)
        {
            return new SaveOutcome.NotFound();
        }
        var blocks = article.Blocks.ToList();
        blocks.Insert(InsertionIndex(article, fragment), new ContentBlock(BlockKind.Paragraph, fragment.Text, DirectionClassifier.Of(fragment.Text)));
        var edit = ArticleEdit.Of(article) with { BodyMarkdown = MarkdownWriter.Write(blocks) };
        return await editor.SaveAsync(articleId, expectedVersion, edit, userName, AuditActions.FragmentRestored, ct,
            (tx, _) =>
            {
                tx.RemovedFragments.Remove(new RemovedFragmentRecord { Id = fragmentId, ArticleId = articleId });
                return Task.CompletedTask;
            });
    }

    public async Task<RecleanPreview?> PreviewRecleanAsync(int articleId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null)
        {
            return null;
        }
        var cleaned = cleaner.Clean(RawOf(article));
        return new RecleanPreview(ArticleEdit.Of(article), cleaned.Markdown, article.TitleDerived ? cleaned.Title : null,
            cleaned.Removed.Count, cleaned.Teasers.Count, article.Version);
    }

    // The editor's own title, tags, status and date stay; what the cleaner decides is redone.
    public async Task<SaveOutcome> RecleanAsync(int articleId, Guid expectedVersion, string? userName, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var article = await db.Articles.Include(a => a.Teasers).Include(a => a.RemovedFragments).Include(a => a.Tags)
            .FirstOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null)
        {
            return new SaveOutcome.NotFound();
        }
        if (article.Version != expectedVersion)
        {
            return await ArticleEditor.ConflictAsync(db, article, ct);
        }
        var before = ArticleEdit.Of(article);
        var previousUpdate = article.UpdatedAt;
        var (title, slug, titleKey, derived) = (article.Title, article.Slug, article.TitleKey, article.TitleDerived);
        db.Teasers.RemoveRange(article.Teasers);
        db.RemovedFragments.RemoveRange(article.RemovedFragments);
        ArticleAssembler.ApplyCleaned(article, cleaner.Clean(RawOf(article)));
        if (!derived)
        {
            (article.Title, article.Slug, article.TitleKey, article.TitleDerived) = (title, slug, titleKey, false);
        }
        article.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        article.Version = Guid.NewGuid();
        await TeaserLinker.LinkAsync(db, [article], ct);
        var after = ArticleEdit.Of(article);
        var changed = after.ChangedFrom(before);
        var last = await editor.RecordAsync(db, articleId, before, previousUpdate, after,
            "reclean" + (changed.Count > 0 ? "," + string.Join(",", changed) : ""), changed, userName, AuditActions.Recleaned, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new SaveOutcome.Saved(article.Version, last);
    }

    private static RawArticle RawOf(Article a) =>
        new(a.RawText, Title: a.RawTitle, Source: a.Source, SourceUrl: a.SourceUrl, Author: a.RawAuthor);

    // After the body block holding the nearest kept raw line above the fragment; first if none.
    private static int InsertionIndex(Article article, RemovedFragmentRecord fragment)
    {
        var raw = RawLines.Of(article.RawText);
        for (var line = Math.Min(fragment.Line, raw.Length) - 1; line >= 0; line--)
        {
            var text = raw[line].Trim();
            var at = text.Length == 0 ? -1 : article.Blocks.FindLastIndex(b => b.Text.Contains(text, StringComparison.Ordinal));
            if (at >= 0)
            {
                return at + 1;
            }
        }
        return 0;
    }
}

using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Curation;

// `reclean`'s read, beside its write (ArticleChanges.RecleanBatchAsync) as CleaningReview is
// beside the admin's: the articles an older cleaner wrote, a batch at a time in id order, each
// cleaned again on every core before any write begins. A dry run stops here.
public sealed class RecleanPlanner(IDbContextFactory<ReaderDbContext> contexts, ArticleCleaner cleaner)
{
    public async Task<int> CountAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Waiting(db).CountAsync(ct);
    }

    public async Task<IReadOnlyList<RecleanCandidate>> NextBatchAsync(int afterId, int size, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var articles = await Waiting(db).Where(a => a.Id > afterId).OrderBy(a => a.Id).Take(size)
            .Include(a => a.Teasers).Include(a => a.RemovedFragments).AsSplitQuery().AsNoTracking().ToListAsync(ct);
        var editors = await EditorsAsync(db, [.. articles.Select(a => a.Id)], ct);
        return [.. articles.AsParallel().AsOrdered().Select(a => editors.TryGetValue(a.Id, out var editor)
            ? new RecleanCandidate(a, null, null, editor, null)
            : Clean(a))];
    }

    // Cleaned by an older cleaner, and not already waiting for an editor at this version.
    private static IQueryable<Article> Waiting(ReaderDbContext db) =>
        db.Articles.Where(a => a.CleanerVersion < ArticleCleaner.Version
            && (a.RecleanSkippedVersion == null || a.RecleanSkippedVersion < ArticleCleaner.Version));

    // Who last changed by hand what a re-clean rewrites: the body, and the title and slug (a
    // derived title is the cleaner's). Status, tags, date and source stay through a re-clean,
    // so an article an editor only published or tagged is cleaned again like any other.
    private static async Task<Dictionary<int, string>> EditorsAsync(ReaderDbContext db, List<int> ids, CancellationToken ct)
    {
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => ids.Contains(r.ArticleId) && r.UserName != ArticleRevision.ImportedBy && r.UserName != ArticleRevision.RecleanedBy
                && (r.ChangedFields.Contains(ArticleEdit.Fields.Body) || r.ChangedFields.Contains(ArticleEdit.Fields.Title)
                    || r.ChangedFields.Contains(ArticleEdit.Fields.Slug)))
            .Select(r => new { r.ArticleId, r.Number, r.UserName }).ToListAsync(ct);
        return revisions.GroupBy(r => r.ArticleId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Number)!.UserName ?? "(unknown)");
    }

    private RecleanCandidate Clean(Article stored)
    {
        try
        {
            var cleaned = cleaner.Clean(ArticleAssembler.RawOf(stored));
            return cleaned.Blocks.Count == 0
                ? new RecleanCandidate(stored, null, null, null, "nothing of the article is left after cleaning; it is kept as it was")
                : RecleanCandidate.Of(stored, cleaned);
        }
#pragma warning disable CA1031 // one article the cleaner cannot handle must not stop the run
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new RecleanCandidate(stored, null, null, null, "the cleaner failed: " + e.Message);
        }
    }
}

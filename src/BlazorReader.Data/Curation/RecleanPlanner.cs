using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Curation;

// `reclean`'s read, beside its write (ArticleChanges.RecleanBatchAsync) as CleaningReview is
// beside the admin's: the articles an older cleaner wrote, a batch at a time in id order, each
// cleaned again on every core before any write begins. A dry run stops here.
public sealed class RecleanPlanner(IDbContextFactory<ReaderDbContext> contexts, ArticleCleaner cleaner)
{
    // The store's titles and leads, read once a run, as an import reads them.
    private KnownStories? storeStories;

    public async Task<int> CountAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Waiting(db).CountAsync(ct);
    }

    // Held at this version by an earlier run (RecleanSkippedVersion): waiting for an editor, not for a run.
    public async Task<int> CountHeldAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.CountAsync(a => a.CleanerVersion < ArticleCleaner.Version && a.RecleanSkippedVersion >= ArticleCleaner.Version, ct);
    }

    public async Task<IReadOnlyList<RecleanCandidate>> NextBatchAsync(int afterId, int size, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var articles = await Waiting(db).Where(a => a.Id > afterId).OrderBy(a => a.Id).Take(size)
            .Include(a => a.Teasers).Include(a => a.RemovedFragments).AsSplitQuery().AsNoTracking().ToListAsync(ct);
        var editors = await EditorsAsync(db, [.. articles.Select(a => a.Id)], ct);
        storeStories ??= await KnownStoriesReader.ReadAllAsync(db, ct);
        var known = storeStories;
        return [.. articles.AsParallel().AsOrdered().Select(a => editors.TryGetValue(a.Id, out var editor)
            ? RecleanCandidate.EditedBy(a, editor)
            : Clean(a, known))];
    }

    // Cleaned by an older cleaner, and not already waiting for an editor at this version.
    private static IQueryable<Article> Waiting(ReaderDbContext db) =>
        db.Articles.Where(a => a.CleanerVersion < ArticleCleaner.Version
            && (a.RecleanSkippedVersion == null || a.RecleanSkippedVersion < ArticleCleaner.Version));

    // Who last changed by hand what a re-clean rewrites (ArticleRevision.StandingHandEdits).
    private static async Task<Dictionary<int, string>> EditorsAsync(ReaderDbContext db, List<int> ids, CancellationToken ct)
    {
        var revisions = await ArticleRevision.StandingHandEdits(db.Revisions.AsNoTracking()).Where(r => ids.Contains(r.ArticleId))
            .Select(r => new { r.ArticleId, r.Number, r.UserName }).ToListAsync(ct);
        return revisions.GroupBy(r => r.ArticleId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Number)!.UserName ?? "(unknown)");
    }

    private RecleanCandidate Clean(Article stored, KnownStories known)
    {
        try
        {
            var cleaned = cleaner.Clean(ArticleAssembler.RawOf(stored), known);
            return cleaned.Blocks.Count == 0 ? RecleanCandidate.NothingLeft(stored) : RecleanCandidate.Of(stored, cleaned);
        }
#pragma warning disable CA1031 // one article the cleaner cannot handle must not stop the run
        catch (Exception e)
#pragma warning restore CA1031
        {
            return RecleanCandidate.CleanerFailed(stored, e.Message);
        }
    }
}

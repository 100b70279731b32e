using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Writing;

public enum RecleanOutcome
{
    // Cleaned again as the admin's re-clean does, by ArticleRevision.RecleanedBy.
    Recleaned,
    // The cleaner's output was the same: only the version it was cleaned by is moved on.
    Unchanged,
    // Changed by a person, or left with nothing by the cleaner: kept as it is and marked as
    // waiting for an editor (RecleanSkippedVersion), so that no run at this version takes it again.
    Held,
    // The cleaner threw on it: held likewise, and the run says it failed.
    Failed,
    // Saved by someone since it was read: left as it is for the next run.
    ChangedMeanwhile,
}

// `reclean`'s batch form: a batch of planned articles (RecleanPlanner) in one transaction, so a
// killed run loses at most the batch in flight. An article re-cleaned gets what the admin's
// re-clean gives it (a revision an editor can compare and undo, the change log, an audit line).
// Versions are checked as for any save: an article saved since it was planned is left alone.
public sealed partial class ArticleChanges
{
    private const int RecleanAttempts = 3;

    public async Task<IReadOnlyList<RecleanOutcome>> RecleanBatchAsync(IReadOnlyList<RecleanCandidate> batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var ids = batch.Select(c => c.Stored.Id).ToList();
        // A save landing between this read and the write fails the batch's version check; read
        // again, the article saved is left for the next run and the rest are written.
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var articles = await db.Articles.Include(a => a.Tags).Include(a => a.Teasers).Include(a => a.RemovedFragments)
                .Where(a => ids.Contains(a.Id)).AsSplitQuery().ToDictionaryAsync(a => a.Id, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var lastRevisions = await db.Revisions.Where(r => ids.Contains(r.ArticleId)).GroupBy(r => r.ArticleId)
                .Select(g => new { g.Key, Last = g.Max(r => r.Number) }).ToDictionaryAsync(g => g.Key, g => g.Last, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var outcomes = batch.Select(c => ApplyReclean(db, c, articles.GetValueOrDefault(c.Stored.Id), lastRevisions.GetValueOrDefault(c.Stored.Id), now))
                .ToList();
            await TeaserLinker.LinkAsync(db, [.. ids.Where((_, i) => outcomes[i] == RecleanOutcome.Recleaned).Select(id => articles[id])], ct);
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return outcomes;
            }
            catch (DbUpdateConcurrencyException) when (attempt < RecleanAttempts)
            {
                await tx.RollbackAsync(ct);
            }
        }
    }

    private RecleanOutcome ApplyReclean(ReaderDbContext db, RecleanCandidate planned, Article? article, int lastRevision, DateTime now)
    {
        if (article is null || article.Version != planned.Stored.Version)
        {
            return RecleanOutcome.ChangedMeanwhile;
        }
        var id = article.Id;
        switch (planned.Planned)
        {
            case RecleanOutcome.Held or RecleanOutcome.Failed:
                article.RecleanSkippedVersion = ArticleCleaner.Version;
                AuditTrail.Add(db, clock, ArticleRevision.RecleanedBy, AuditActions.RecleanSkipped,
                    $"#{id}: cleaner {ArticleCleaner.Version} not applied, left for an editor: {planned.Reason}", id);
                return planned.Planned;
            case RecleanOutcome.Unchanged:
                article.CleanerVersion = ArticleCleaner.Version;
                return RecleanOutcome.Unchanged;
        }
        var (before, beforeAt, from) = (ArticleEdit.Of(article), article.UpdatedAt, article.CleanerVersion);
        db.Teasers.RemoveRange(article.Teasers);
        db.RemovedFragments.RemoveRange(article.RemovedFragments);
        ArticleAssembler.ApplyRecleaned(article, planned.Cleaned!);
        (article.UpdatedAt, article.Version) = (now, Guid.NewGuid());
        var after = ArticleEdit.Of(article);
        var changed = after.ChangedFrom(before);
        AddRevision(db, id, lastRevision, before, beforeAt, new Revised(after, changed, string.Join(",", [ArticleRevision.RecleanChange, .. changed])),
            ArticleRevision.RecleanedBy, now);
        Append(db, id, ChangeKind.Updated, now);
        AuditTrail.Add(db, clock, ArticleRevision.RecleanedBy, AuditActions.Recleaned,
            $"#{id}: {string.Join(", ", planned.Differences)} (cleaner {from} → {ArticleCleaner.Version})", id);
        return RecleanOutcome.Recleaned;
    }
}

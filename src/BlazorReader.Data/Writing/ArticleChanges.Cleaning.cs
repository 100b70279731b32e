using BlazorReader.Data.Articles;
using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Writing;

// Undoing the cleaner: a removed line put back, or the raw text cleaned again with today's cleaner.
public sealed partial class ArticleChanges
{
    public async Task<SaveOutcome> RestoreFragmentAsync(int articleId, int fragmentId, Guid expectedVersion, string? userName,
        CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Include(a => a.Tags).Include(a => a.RemovedFragments).FirstOrDefaultAsync(a => a.Id == articleId, ct);
        if (article?.RemovedFragments.FirstOrDefault(f => f.Id == fragmentId) is not { } fragment)
        {
            return new SaveOutcome.NotFound();
        }
        return await EditAsync(articleId, expectedVersion, FragmentPlacement.EditWith(article, fragment), userName, AuditActions.FragmentRestored,
            tx => tx.RemovedFragments.Remove(new RemovedFragmentRecord { Id = fragmentId, ArticleId = articleId }), ct);
    }

    // The editor's own title, tags, status and date stay; what the cleaner decides is redone.
    // Always a revision, so the re-clean shows in the history even when the text came out the same.
    public Task<SaveOutcome> RecleanAsync(int articleId, Guid expectedVersion, string? userName, CancellationToken ct = default) =>
        ReviseAsync(articleId, expectedVersion, userName, AuditActions.Recleaned,
            articles => articles.Include(a => a.Teasers).Include(a => a.RemovedFragments), async (db, article, before) =>
            {
                db.Teasers.RemoveRange(article.Teasers);
                db.RemovedFragments.RemoveRange(article.RemovedFragments);
                var raw = ArticleAssembler.RawOf(article);
                ArticleAssembler.ApplyRecleaned(article, cleaner.Clean(raw, await KnownStoriesReader.ReadForAsync(db, raw, ct)));
                await TeaserLinker.LinkAsync(db, [article], ct);
                var after = ArticleEdit.Of(article);
                var changed = after.ChangedFrom(before);
                return new Revised(after, changed, ArticleRevision.RecleanChange + (changed.Count > 0 ? "," + string.Join(",", changed) : ""));
            }, ct);
}

using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Writing;

// The one way an article changes: import, edit, bulk action, re-clean, related curation,
// deletion. Only here is the version checked (nobody's save is overwritten silently), a
// revision written, the change log appended (search, related lists and cached pages follow
// it) and the audit line added, each change in one transaction. This file is the part every
// revision goes through; the other ArticleChanges.*.cs files are one kind of change each.
public sealed partial class ArticleChanges(IDbContextFactory<ReaderDbContext> contexts, TimeProvider clock, ArticleCleaner cleaner)
{
    // What a change made of the article, for its revision: the fields as the revision keeps
    // them, which of them changed, and the list the revision shows.
    private sealed record Revised(ArticleEdit After, IReadOnlyList<string> Changed, string ChangedFields);

    // What an edit starts from: the editable fields and the version a save must name.
    public async Task<(ArticleEdit Edit, Guid Version)?> LoadAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id, ct);
        return article is null ? null : (ArticleEdit.Of(article), article.Version);
    }

    // The article is read before the write transaction begins (on SQLite a transaction holds
    // the write lock from its start). A save that lands in between is caught by the version
    // token on the article's update and answered, like an outdated expected version, with
    // the conflict: what the other editor left. change returns null when nothing changed.
    private async Task<SaveOutcome> ReviseAsync(int id, Guid expectedVersion, string? userName, string action,
        Func<IQueryable<Article>, IQueryable<Article>> including, Func<ReaderDbContext, Article, ArticleEdit, Task<Revised?>> change,
        CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await including(db.Articles.Include(a => a.Tags)).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return new SaveOutcome.NotFound();
        }
        if (article.Version != expectedVersion)
        {
            return await ConflictAsync(db, article, ct);
        }
        var before = ArticleEdit.Of(article);
        var previousUpdate = article.UpdatedAt;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await change(db, article, before) is not { } revised)
        {
            return new SaveOutcome.Saved(article.Version, 0);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        (article.UpdatedAt, article.Version) = (now, Guid.NewGuid());
        var number = await AddRevisionAsync(db, id, before, previousUpdate, revised, userName, now, ct);
        Append(db, id, ChangeKind.Updated, now);
        AuditTrail.Add(db, clock, userName, action, $"#{id}: {string.Join(", ", revised.Changed)}", id);
        if (before.Status != revised.After.Status)
        {
            AuditTrail.Add(db, clock, userName, AuditActions.StatusChanged, $"#{id}: {before.Status} → {revised.After.Status}", id);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        // Someone saved first, or deleted the article. On a server store the revision's insert
        // can fail before the version check is reached: on its foreign key (deleted), or on
        // its number, which the other save took (saved first).
        catch (DbUpdateException e)
        {
            await tx.RollbackAsync(ct);
            await using var fresh = await contexts.CreateDbContextAsync(ct);
            var current = await fresh.Articles.AsNoTracking().Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id, ct);
            if (current is null)
            {
                return new SaveOutcome.NotFound();
            }
            if (e is DbUpdateConcurrencyException || current.Version != expectedVersion)
            {
                return await ConflictAsync(fresh, current, ct);
            }
            throw;
        }
        await tx.CommitAsync(ct);
        return new SaveOutcome.Saved(article.Version, number);
    }

    // The imported state becomes revision 1 the first time, so the first change can be
    // compared and undone. Returns the new revision's number.
    private static async Task<int> AddRevisionAsync(ReaderDbContext db, int id, ArticleEdit before, DateTime beforeAt, Revised revised,
        string? userName, DateTime now, CancellationToken ct)
    {
        var last = await db.Revisions.Where(r => r.ArticleId == id).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        return AddRevision(db, id, last, before, beforeAt, revised, userName, now);
    }

    // The same, after the article's last revision number (0 for none) was read with others'.
    private static int AddRevision(ReaderDbContext db, int id, int last, ArticleEdit before, DateTime beforeAt, Revised revised,
        string? userName, DateTime now)
    {
        if (last == 0)
        {
            db.Revisions.Add(ArticleRevision.Of(id, ++last, beforeAt, ArticleRevision.ImportedBy, before, "import"));
        }
        db.Revisions.Add(ArticleRevision.Of(id, ++last, now, userName, revised.After, revised.ChangedFields));
        return last;
    }

    // The only place an entry is added through EF; the import's batch form inserts its own rows.
    private static void Append(ReaderDbContext db, int articleId, ChangeKind kind, DateTime at) =>
        db.ChangeLog.Add(new ChangeLogEntry { ArticleId = articleId, Kind = kind, At = at });

    private static async Task<SaveOutcome> ConflictAsync(ReaderDbContext db, Article current, CancellationToken ct)
    {
        var lastRevision = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == current.Id)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        return new SaveOutcome.Conflict(ArticleEdit.Of(current), current.Version, lastRevision?.UserName, current.UpdatedAt);
    }
}

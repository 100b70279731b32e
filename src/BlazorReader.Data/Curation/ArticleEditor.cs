using BlazorReader.Core.Arabic;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Curation;

// Saves an editor's changes: optimistic concurrency on the article's Version (nobody's save
// is overwritten silently), a revision per save, a change-log entry so search, related lists
// and cached pages follow, and an audit line, all in one transaction.
public sealed class ArticleEditor(IDbContextFactory<ReaderDbContext> contexts, TimeProvider clock)
{
    public async Task<(ArticleEdit Edit, Guid Version)?> LoadAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id, ct);
        return article is null ? null : (ArticleEdit.Of(article), article.Version);
    }

    // alsoInTransaction lets a caller change more of the article (its removed fragments, say)
    // in the same transaction as the save it belongs to.
    public async Task<SaveOutcome> SaveAsync(int id, Guid expectedVersion, ArticleEdit edit, string? userName,
        string action = AuditActions.ArticleEdited, CancellationToken ct = default,
        Func<ReaderDbContext, Article, Task>? alsoInTransaction = null)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var slug = Slug.From(edit.Slug ?? "");
        edit = edit with { Slug = slug.Length > 0 ? slug : Slug.From(edit.Title ?? ""), Title = (edit.Title ?? "").Trim() };
        if (edit.Problems() is { Count: > 0 } problems)
        {
            return new SaveOutcome.Invalid(problems);
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var article = await db.Articles.Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return new SaveOutcome.NotFound();
        }
        if (article.Version != expectedVersion)
        {
            return await ConflictAsync(db, article, ct);
        }
        var before = ArticleEdit.Of(article);
        var changed = edit.ChangedFrom(before);
        if (changed.Count == 0)
        {
            return new SaveOutcome.Saved(article.Version, 0);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var previousUpdate = article.UpdatedAt;
        await ApplyAsync(db, article, edit, changed, now);
        if (alsoInTransaction is not null)
        {
            await alsoInTransaction(db, article);
        }
        if (changed.Contains(ArticleEdit.Fields.Title))
        {
            // Teasers elsewhere that name the new title now lead here.
            await TeaserLinker.LinkAsync(db, [article], ct);
        }
        var revision = await RecordAsync(db, id, before, previousUpdate, edit, string.Join(",", changed), changed, userName, action, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write.
            await tx.RollbackAsync(ct);
            await using var fresh = await contexts.CreateDbContextAsync(ct);
            var current = await fresh.Articles.AsNoTracking().Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id, ct);
            return current is null ? new SaveOutcome.NotFound() : await ConflictAsync(fresh, current, ct);
        }
        await tx.CommitAsync(ct);
        return new SaveOutcome.Saved(article.Version, revision);
    }

    // What every save leaves behind, in the caller's transaction: the imported state as revision 1
    // the first time (so the first change can be compared and undone), the new revision, a
    // change-log entry for the followers and the audit lines. Returns the new revision's number.
    internal async Task<int> RecordAsync(ReaderDbContext db, int id, ArticleEdit before, DateTime beforeAt, ArticleEdit after,
        string changedFields, IReadOnlyList<string> changed, string? userName, string action, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var last = await db.Revisions.Where(r => r.ArticleId == id).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        if (last == 0)
        {
            db.Revisions.Add(RevisionOf(id, ++last, beforeAt, "import", before, "import"));
        }
        db.Revisions.Add(RevisionOf(id, ++last, now, userName, after, changedFields));
        db.ChangeLog.Add(new ChangeLogEntry { ArticleId = id, Kind = ChangeKind.Updated, At = now });
        AuditTrail.Add(db, clock, userName, action, $"#{id}: {string.Join(", ", changed)}", id);
        if (before.Status != after.Status)
        {
            AuditTrail.Add(db, clock, userName, AuditActions.StatusChanged, $"#{id}: {before.Status} → {after.Status}", id);
        }
        return last;
    }

    public async Task<SaveOutcome> RestoreAsync(int id, int revision, Guid expectedVersion, string? userName, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.ArticleId == id && r.Number == revision, ct);
        return stored is null
            ? new SaveOutcome.NotFound()
            : await SaveAsync(id, expectedVersion, ArticleEdit.Of(stored), userName, AuditActions.RevisionRestored, ct);
    }

    // Bulk publish, unpublish or tag: each article is an ordinary save (its own revision and
    // concurrency check), so a bulk action is reviewable and undoable article by article.
    public async Task<int> ApplyToAllAsync(IEnumerable<int> ids, Func<ArticleEdit, ArticleEdit> change, string? userName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(change);
        var changed = 0;
        foreach (var id in ids.Distinct())
        {
            if (await LoadAsync(id, ct) is { } loaded
                && await SaveAsync(id, loaded.Version, change(loaded.Edit), userName, ct: ct) is SaveOutcome.Saved { Revision: > 0 })
            {
                changed++;
            }
        }
        return changed;
    }

    private static async Task ApplyAsync(ReaderDbContext db, Article article, ArticleEdit edit, IReadOnlyList<string> changed, DateTime now)
    {
        article.Title = edit.Title;
        if (changed.Contains(ArticleEdit.Fields.Title))
        {
            article.TitleDerived = false;
            article.TitleKey = TitleKey.From(edit.Title);
        }
        article.Slug = edit.Slug;
        article.Status = edit.Status;
        if (changed.Contains(ArticleEdit.Fields.Date))
        {
            article.PublishedAt = edit.PublishedAt is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null;
            article.PublishedAtInferred = false;
            article.SortDate = article.PublishedAt ?? article.CreatedAt;
        }
        article.Source = string.IsNullOrWhiteSpace(edit.Source) ? null : edit.Source.Trim();
        if (changed.Contains(ArticleEdit.Fields.Body))
        {
            var (blocks, _) = EditedBody.Read(edit.BodyMarkdown);
            ArticleAssembler.ApplyBody(article, blocks);
        }
        if (changed.Contains(ArticleEdit.Fields.Tags))
        {
            article.Tags.Clear();
            article.Tags.AddRange(await TagsAsync(db, edit.Tags));
        }
        article.UpdatedAt = now;
        article.Version = Guid.NewGuid();
    }

    private static async Task<List<Tag>> TagsAsync(ReaderDbContext db, IReadOnlyList<string> names)
    {
        var wanted = names.Select(n => (Name: n.Trim(), Slug: Slug.From(n))).Where(t => t.Slug.Length > 0).DistinctBy(t => t.Slug).ToList();
        var slugs = wanted.Select(t => t.Slug).ToList();
        var existing = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync();
        return [.. wanted.Select(w => existing.FirstOrDefault(t => t.Slug == w.Slug) ?? new Tag { Name = w.Name, Slug = w.Slug })];
    }

    internal static async Task<SaveOutcome> ConflictAsync(ReaderDbContext db, Article current, CancellationToken ct)
    {
        var lastRevision = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == current.Id)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        return new SaveOutcome.Conflict(ArticleEdit.Of(current), current.Version, lastRevision?.UserName, current.UpdatedAt);
    }

    private static ArticleRevision RevisionOf(int id, int number, DateTime at, string? user, ArticleEdit e, string changed) => new()
    {
        ArticleId = id,
        Number = number,
        At = at,
        UserName = user,
        ChangedFields = changed,
        Title = e.Title,
        Slug = e.Slug,
        BodyMarkdown = e.BodyMarkdown,
        Status = e.Status,
        PublishedAt = e.PublishedAt,
        Source = e.Source,
        Tags = string.Join(", ", e.Tags),
    };
}

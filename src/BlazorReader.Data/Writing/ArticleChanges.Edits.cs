using BlazorReader.Core.Arabic;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Writing;

// An editor's save, a restored revision and the bulk actions: each is an edit of the fields.
public sealed partial class ArticleChanges
{
    public Task<SaveOutcome> SaveEditAsync(int id, Guid expectedVersion, ArticleEdit edit, string? userName, CancellationToken ct = default) =>
        EditAsync(id, expectedVersion, edit, userName, AuditActions.ArticleEdited, alsoInTransaction: null, ct);

    public async Task<SaveOutcome> RestoreRevisionAsync(int id, int revision, Guid expectedVersion, string? userName, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.ArticleId == id && r.Number == revision, ct);
        return stored is null
            ? new SaveOutcome.NotFound()
            : await EditAsync(id, expectedVersion, ArticleEdit.Of(stored), userName, AuditActions.RevisionRestored, alsoInTransaction: null, ct);
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
                && await SaveEditAsync(id, loaded.Version, change(loaded.Edit), userName, ct) is SaveOutcome.Saved { Revision: > 0 })
            {
                changed++;
            }
        }
        return changed;
    }

    // alsoInTransaction changes more of the article (its removed fragments, say) in the save it belongs to.
    private async Task<SaveOutcome> EditAsync(int id, Guid expectedVersion, ArticleEdit edit, string? userName, string action,
        Action<ReaderDbContext>? alsoInTransaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var slug = Slug.From(edit.Slug ?? "");
        edit = edit with { Slug = slug.Length > 0 ? slug : Slug.From(edit.Title ?? ""), Title = (edit.Title ?? "").Trim() };
        if (edit.Problems() is { Count: > 0 } problems)
        {
            return new SaveOutcome.Invalid(problems);
        }
        if (edit.LeadMediaId is { } picture && !await PictureExistsAsync(picture, ct))
        {
            return new SaveOutcome.Invalid(new Dictionary<string, string> { [ArticleEdit.Fields.LeadPicture] = "الصورة الرئيسية المختارة لم تعد في المكتبة: اختر غيرها أو أزلها." });
        }
        return await ReviseAsync(id, expectedVersion, userName, action, articles => articles, async (db, article, before) =>
        {
            var changed = edit.ChangedFrom(before);
            if (changed.Count == 0)
            {
                return null;
            }
            await ApplyAsync(db, article, edit, changed, ct);
            alsoInTransaction?.Invoke(db);
            if (changed.Contains(ArticleEdit.Fields.Title))
            {
                // Teasers elsewhere that name the new title now lead here.
                await TeaserLinker.LinkAsync(db, [article], ct);
            }
            return new Revised(edit, changed, string.Join(",", changed));
        }, ct);
    }

    private static async Task ApplyAsync(ReaderDbContext db, Article article, ArticleEdit edit, IReadOnlyList<string> changed, CancellationToken ct)
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
        article.LeadMediaId = edit.LeadMediaId;
        if (changed.Contains(ArticleEdit.Fields.Body))
        {
            var (blocks, _) = EditedBody.Read(edit.BodyMarkdown);
            ArticleAssembler.ApplyBody(article, blocks);
        }
        if (changed.Contains(ArticleEdit.Fields.Tags))
        {
            article.Tags.Clear();
            article.Tags.AddRange(await TagsAsync(db, edit.Tags, ct));
        }
    }

    private async Task<bool> PictureExistsAsync(int id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Media.AnyAsync(m => m.Id == id, ct);
    }

    // By slug: a tag written again in another spelling is the tag already stored.
    internal static async Task<List<Tag>> TagsAsync(ReaderDbContext db, IReadOnlyList<string> names, CancellationToken ct)
    {
        var wanted = names.Select(n => (Name: n.Trim(), Slug: Slug.From(n))).Where(t => t.Slug.Length > 0).DistinctBy(t => t.Slug).ToList();
        var slugs = wanted.Select(t => t.Slug).ToList();
        var existing = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync(ct);
        return [.. wanted.Select(w => existing.FirstOrDefault(t => t.Slug == w.Slug) ?? new Tag { Name = w.Name, Slug = w.Slug })];
    }
}

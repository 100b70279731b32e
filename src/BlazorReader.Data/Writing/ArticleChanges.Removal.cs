using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Writing;

// An admin's delete: the article, its raw text, revisions and every link to it go, in one
// transaction. Rows in other articles that point here are cleared first because SQL Server
// refuses cascades on those second paths (they are NO ACTION there). On a server store another
// instance's related lists may point here again between the clearing and the delete: the
// store refuses the delete, and it is tried again, clearing what was added.
public sealed partial class ArticleChanges
{
    private const int DeleteAttempts = 5;

    public async Task<bool> DeleteAsync(int id, string? userName, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await DeleteOnceAsync(id, userName, ct);
            }
            // ExecuteDelete reports the refusal as the provider's own exception, SaveChanges wraps
            // it, and Npgsql's execution strategy wraps a deadlock with a concurrent writer
            // (40P01) in an InvalidOperationException: each is worth another try.
            catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or { InnerException: System.Data.Common.DbException } && attempt < DeleteAttempts)
            {
                await Task.Delay(50 * attempt, ct);
            }
        }
    }

    private async Task<bool> DeleteOnceAsync(int id, string? userName, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var title = await db.Articles.Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(ct);
        if (title is null)
        {
            return false;
        }
        await db.RelatedLinks.Where(l => l.RelatedArticleId == id || l.ArticleId == id).ExecuteDeleteAsync(ct);
        await db.RelatedOverrides.Where(o => o.OtherArticleId == id || o.ArticleId == id).ExecuteDeleteAsync(ct);
        await db.Teasers.Where(t => t.LinkedArticleId == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LinkedArticleId, (int?)null), ct);
        await db.Articles.Where(a => a.Id == id).ExecuteDeleteAsync(ct);
        Append(db, id, ChangeKind.Deleted, clock.GetUtcNow().UtcDateTime);
        AuditTrail.Add(db, clock, userName, AuditActions.ArticleDeleted, $"#{id}: {title}", id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}

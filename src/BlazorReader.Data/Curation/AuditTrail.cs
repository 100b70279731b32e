using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Curation;

// Appends audit lines. Writers that already hold a context add theirs to it (same
// transaction as the change); others call RecordAsync.
public sealed class AuditTrail(IDbContextFactory<ReaderDbContext> contexts, TimeProvider clock)
{
    public const int MaxDetailLength = 2000;

    public async Task RecordAsync(string? userName, string action, string detail, int? articleId = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        Add(db, clock, userName, action, detail, articleId);
        await db.SaveChangesAsync(ct);
    }

    public static void Add(ReaderDbContext db, TimeProvider clock, string? userName, string action, string detail, int? articleId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(detail);
        db.Audit.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserName = userName,
            Action = action,
            ArticleId = articleId,
            Detail = detail.Length > MaxDetailLength ? detail[..MaxDetailLength] : detail,
        });
    }
}

using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Importing;

namespace BlazorReader.Data.Writing;

// An import's batch form. Its articles are written by the import (new ones by generated
// inserts, for speed) inside the transaction opened here; their change-log rows go in the same
// way, many to a statement. No revision (an article's first is made at its first edit) and no
// audit line per article: the import run has its own.
public sealed partial class ArticleChanges
{
    // write stores the batch's articles and says which it created or changed, in batch order.
    internal static async Task<IReadOnlyList<(int ArticleId, ChangeKind Kind)>> WriteImportBatchAsync(ReaderDbContext db, DateTime at,
        Func<Task<IReadOnlyList<(int ArticleId, ChangeKind Kind)>>> write, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var written = await write();
        await using (var log = RowInserter<ChangeLogEntry>.Create(db))
        {
            await log.InsertAllAsync([.. written.Select(w => new ChangeLogEntry { ArticleId = w.ArticleId, Kind = w.Kind, At = at })], ct);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return written;
    }
}

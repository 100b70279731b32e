using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// Whether the store has ever held an article: a first start seeds only a store never written.
// An empty store with a change log is one whose articles an admin deleted; seeding it again
// would bring back what was deleted on every start of every instance.
public sealed class StoreContentsQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<bool> WasEverWrittenAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AnyAsync(ct) || await db.ChangeLog.AnyAsync(ct);
    }
}

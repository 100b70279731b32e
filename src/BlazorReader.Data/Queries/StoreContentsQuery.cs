using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// Whether the store holds any article at all, in any status: a first start seeds only an
// empty store.
public sealed class StoreContentsQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<bool> HasArticlesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AnyAsync(ct);
    }
}

using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// One article in any status with what the cleaner removed from it, for the editors' cleaning
// review: the raw text, the removed fragments, and the article as it reads now.
public sealed class CleaningRecordQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<Article?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().Include(a => a.RemovedFragments).Include(a => a.Teasers).Include(a => a.Tags)
            .FirstOrDefaultAsync(a => a.Id == id, ct);
    }
}

using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// The latest import runs, newest first, with their results so far (a run under way included).
public sealed class ImportRunsQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<IReadOnlyList<ImportRun>> LatestAsync(int count, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(count).ToListAsync(ct);
    }
}

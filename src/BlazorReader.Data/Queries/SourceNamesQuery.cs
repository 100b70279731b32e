using BlazorReader.Data.Sources;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// The papers' names by key, for every page, facet, feed and JSON-LD that shows a source. The
// registry is a handful of rows read on nearly every page, so it is held for a short while;
// an admin's rename shows everywhere within that time on every instance (Forget makes it
// immediate on the instance that saved it).
public sealed class SourceNamesQuery(IDbContextFactory<ReaderDbContext> contexts, TimeProvider clock)
{
    private static readonly TimeSpan HeldFor = TimeSpan.FromSeconds(30);
    private volatile Snapshot? held;

    private sealed record Snapshot(IReadOnlyDictionary<string, NewsSource> ByKey, DateTimeOffset ReadAt);

    private async Task<IReadOnlyDictionary<string, NewsSource>> AllAsync(CancellationToken ct = default)
    {
        var snapshot = held;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.ReadAt < HeldFor)
        {
            return snapshot.ByKey;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Sources.AsNoTracking().ToListAsync(ct);
        snapshot = new Snapshot(rows.ToDictionary(s => s.Key, StringComparer.Ordinal), clock.GetUtcNow());
        held = snapshot;
        return snapshot.ByKey;
    }

    public async Task<SourceNames> NamesAsync(CancellationToken ct = default) => new(await AllAsync(ct));

    // What readers see for a source key: its registered Arabic name, else the key itself.
    public async Task<string?> NameAsync(string? key, CancellationToken ct = default) =>
        key is null ? null : (await AllAsync(ct)).TryGetValue(key, out var source) ? source.Name : key;

    public void Forget() => held = null;
}

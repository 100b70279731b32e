using BlazorReader.Data.Instances;
using BlazorReader.Data.Leases;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// A follower's lag as its instance last reported it: Behind entries, the oldest waiting Lag
// long when reported.
public sealed record FollowerLag(string Consumer, long Applied, long Behind, TimeSpan Lag, int OpenGaps, bool CaughtUp);

// Silent: no report for longer than an instance reports in (it stopped without saying so, or
// cannot reach the store); WritesRelated: it took the lease to write stories and related lists
// last (an idle holder lets it run out and renews it at its next batch, unless another took it).
public sealed record InstanceLag(string Instance, DateTime StartedAt, DateTime ReportedAt, bool Silent, bool WritesRelated,
    IReadOnlyList<FollowerLag> Followers)
{
    public bool Ready => Followers.All(f => f.CaughtUp);

    public TimeSpan Lag => Followers.Count == 0 ? TimeSpan.Zero : Followers.Max(f => f.Lag);
}

// Every instance on this store, for the dashboard: from the rows each one writes, and the
// writer lease.
public sealed class InstanceLagQuery(IDbContextFactory<ReaderDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<InstanceLag>> LoadAsync(TimeSpan silentAfter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.InstanceFollowers.AsNoTracking().ToListAsync(ct);
        var lease = await WriterLeases.ReadAsync(db, WriterLeases.RelatedLists, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. rows.GroupBy(r => r.Instance, StringComparer.Ordinal)
            .Select(g =>
            {
                var reported = g.Max(r => r.ReportedAt);
                return new InstanceLag(g.Key, g.Min(r => r.StartedAt), reported, now - reported > silentAfter,
                    lease.Holder == g.Key,
                    [.. g.OrderBy(r => r.Consumer, StringComparer.Ordinal).Select(r => new FollowerLag(r.Consumer, r.Applied, r.Behind,
                        r.WaitingSince is { } w && r.ReportedAt > w ? r.ReportedAt - w : TimeSpan.Zero, r.OpenGaps, r.CaughtUp))]);
            })
            .OrderBy(i => i.Silent).ThenBy(i => i.StartedAt)];
    }
}

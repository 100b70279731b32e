using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Instances;
using BlazorReader.Data.Leases;
using BlazorReader.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Instances;

// What the dashboard shows of every instance on a store: each one's followers as it reported
// them, how far behind the log and for how long, which has gone silent, which writes the lists.
public class InstanceReportsTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan SilentAfter = TimeSpan.FromSeconds(30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task LogAsync(ReaderDbContext db, params DateTime[] times)
    {
        db.ChangeLog.AddRange(times.Select((t, i) => new ChangeLogEntry { ArticleId = i + 1, Kind = ChangeKind.Updated, At = t }));
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<long> LogEndAsync(ReaderDbContext db) => await db.ChangeLog.MaxAsync(c => c.Sequence, Ct);

    private static Task<IReadOnlyList<InstanceLag>> LagsAt(TestStore store, DateTime now) =>
        new InstanceLagQuery(store.Contexts, new FixedClock(new DateTimeOffset(now))).LoadAsync(SilentAfter, Ct);

    [Fact]
    public async Task A_follower_behind_the_log_shows_how_many_changes_and_how_old_the_oldest_it_has_not_applied()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();
        await LogAsync(db, T0, T0.AddSeconds(1), T0.AddSeconds(2), T0.AddSeconds(3));
        var end = await LogEndAsync(db);

        await InstanceReports.ReportAsync(db, "a", T0, T0.AddSeconds(5),
            [new("StoreIndexer", end, 0, true), new("RelatedListUpdater", end - 2, 1, false)], Ct);

        var a = Assert.Single(await LagsAt(store, T0.AddSeconds(6)));
        Assert.False(a.Silent);
        Assert.False(a.Ready);
        Assert.Equal(["RelatedListUpdater", "StoreIndexer"], a.Followers.Select(f => f.Consumer));
        var related = a.Followers[0];
        Assert.Equal((2L, 1), (related.Behind, related.OpenGaps));
        Assert.Equal(TimeSpan.FromSeconds(3), related.Lag); // the oldest waiting was written at T0+2, reported at T0+5
        Assert.Equal((0L, TimeSpan.Zero), (a.Followers[1].Behind, a.Followers[1].Lag));
        Assert.Equal(TimeSpan.FromSeconds(3), a.Lag);
    }

    [Fact]
    public async Task A_new_report_replaces_the_last_and_leaves_other_instances_rows_alone()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();
        await LogAsync(db, T0, T0.AddSeconds(1));
        var end = await LogEndAsync(db);
        await InstanceReports.ReportAsync(db, "a", T0, T0.AddSeconds(2), [new("StoreIndexer", end - 1, 0, false)], Ct);
        await InstanceReports.ReportAsync(db, "b", T0, T0.AddSeconds(2), [new("StoreIndexer", end - 1, 0, false)], Ct);

        await InstanceReports.ReportAsync(db, "a", T0, T0.AddSeconds(12), [new("StoreIndexer", end, 0, true)], Ct);

        var lags = await LagsAt(store, T0.AddSeconds(13));
        var a = Assert.Single(lags, i => i.Instance == "a");
        Assert.True(a.Ready);
        Assert.Equal(T0.AddSeconds(12), a.ReportedAt);
        Assert.Equal(0, Assert.Single(a.Followers).Behind);
        var b = Assert.Single(lags, i => i.Instance == "b");
        Assert.Equal(1, Assert.Single(b.Followers).Behind);
        Assert.Equal(2, await db.InstanceFollowers.CountAsync(Ct));
    }

    [Fact]
    public async Task An_instance_that_stopped_reporting_is_silent_and_after_a_day_forgotten_while_one_that_stops_cleanly_goes_at_once()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();
        await InstanceReports.ReportAsync(db, "crashed", T0, T0, [new("StoreIndexer", 0, 0, true)], Ct);
        await InstanceReports.ReportAsync(db, "stopping", T0, T0, [new("StoreIndexer", 0, 0, true)], Ct);
        await InstanceReports.ReportAsync(db, "alive", T0, T0.AddMinutes(1), [new("StoreIndexer", 0, 0, true)], Ct);

        await InstanceReports.ForgetAsync(db, "stopping", Ct);

        var lags = await LagsAt(store, T0.AddMinutes(1).AddSeconds(5));
        Assert.Equal(["alive", "crashed"], lags.Select(i => i.Instance)); // the live ones first
        Assert.True(lags[1].Silent);
        Assert.False(lags[0].Silent);

        await InstanceReports.ReportAsync(db, "alive", T0, T0.AddDays(1).AddMinutes(1), [new("StoreIndexer", 0, 0, true)], Ct);
        Assert.Equal(["alive"], (await LagsAt(store, T0.AddDays(1).AddMinutes(1))).Select(i => i.Instance));
    }

    [Fact]
    public async Task The_instance_that_took_the_lease_last_is_the_one_that_writes_the_related_lists()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();
        await InstanceReports.ReportAsync(db, "a", T0, T0, [new("RelatedListUpdater", 0, 0, true)], Ct);
        await InstanceReports.ReportAsync(db, "b", T0, T0, [new("RelatedListUpdater", 0, 0, true)], Ct);
        await WriterLeases.TakeAsync(db, WriterLeases.RelatedLists, "b", T0, T0.AddSeconds(15), Ct);

        var lags = await LagsAt(store, T0.AddSeconds(1));
        Assert.Equal([false, true], lags.OrderBy(i => i.Instance, StringComparer.Ordinal).Select(i => i.WritesRelated));
        await WriterLeases.TakeAsync(db, WriterLeases.RelatedLists, "a", T0.AddSeconds(16), T0.AddSeconds(31), Ct); // it ran out
        Assert.Equal([true, false], (await LagsAt(store, T0.AddSeconds(17))).OrderBy(i => i.Instance, StringComparer.Ordinal).Select(i => i.WritesRelated));
    }
}

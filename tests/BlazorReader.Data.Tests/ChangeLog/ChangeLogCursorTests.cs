using BlazorReader.Data.ChangeLog;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.ChangeLog;

public class ChangeLogCursorTests
{
    private static readonly TimeSpan GapTimeout = TimeSpan.FromMinutes(2);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    // Entries with the numbers given, as transactions that took them would leave them.
    private static async Task AppendAsync(TestStore store, params long[] sequences)
    {
        await using var db = store.Open();
        db.ChangeLog.AddRange(sequences.Select(s => new ChangeLogEntry { Sequence = s, ArticleId = (int)s, Kind = ChangeKind.Updated, At = DateTime.UtcNow }));
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<long[]> ReadAndApplyAsync(TestStore store, ChangeLogCursor cursor)
    {
        await using var db = store.Open();
        var entries = await cursor.ReadAsync(db, 100, Ct);
        cursor.Applied(entries);
        return [.. entries.Select(e => e.Sequence)];
    }

    private static async Task<ChangeLogCursor> StartAsync(TestStore store, long position, TimeProvider clock)
    {
        await using var db = store.Open();
        return await ChangeLogCursor.StartAsync(db, position, clock, GapTimeout, Ct);
    }

    [Fact]
    public async Task A_number_committed_after_a_later_one_is_handed_over_when_it_appears()
    {
        await using var store = await TestStore.CreateAsync();
        var cursor = await StartAsync(store, 0, new Clock());
        await AppendAsync(store, 1, 2, 4);
        Assert.Equal(new long[] { 1, 2, 4 }, await ReadAndApplyAsync(store, cursor));
        Assert.Equal([3], cursor.Gaps);
        Assert.Empty(await ReadAndApplyAsync(store, cursor));

        await AppendAsync(store, 3, 5);
        Assert.Equal(new long[] { 3, 5 }, await ReadAndApplyAsync(store, cursor));
        Assert.Empty(cursor.Gaps);
        Assert.Equal(5, cursor.Highest);
    }

    [Fact]
    public async Task A_number_never_filled_is_let_go_after_the_gap_timeout()
    {
        await using var store = await TestStore.CreateAsync();
        var clock = new Clock();
        var cursor = await StartAsync(store, 0, clock);
        await AppendAsync(store, 1, 3);
        await ReadAndApplyAsync(store, cursor);
        clock.Now += GapTimeout - TimeSpan.FromSeconds(1);
        await ReadAndApplyAsync(store, cursor);
        Assert.Equal([2], cursor.Gaps);
        clock.Now += TimeSpan.FromSeconds(2);
        await ReadAndApplyAsync(store, cursor);
        Assert.Empty(cursor.Gaps);
    }

    [Fact]
    public async Task On_restart_numbers_missing_below_the_recorded_position_are_still_looked_for()
    {
        await using var store = await TestStore.CreateAsync();
        await AppendAsync(store, 1, 2, 4, 5);
        var cursor = await StartAsync(store, 5, new Clock());
        Assert.Equal([3], cursor.Gaps);

        await AppendAsync(store, 3);
        Assert.Equal(new long[] { 3 }, await ReadAndApplyAsync(store, cursor));
    }

    // What a consumer records, read, applied and recorded as the poller does.
    private static async Task<(long[] Read, long Position)> ReadApplyAndRecordAsync(TestStore store, ChangeLogCursor cursor)
    {
        await using var db = store.Open();
        var entries = await cursor.ReadAsync(db, 100, Ct);
        var position = cursor.PositionAfter(entries);
        cursor.Applied(entries);
        return ([.. entries.Select(e => e.Sequence)], position);
    }

    [Fact]
    public async Task The_position_recorded_stays_below_a_number_still_open()
    {
        await using var store = await TestStore.CreateAsync();
        var cursor = await StartAsync(store, 0, new Clock());
        await AppendAsync(store, 1, 2, 4, 5);
        Assert.Equal(2, (await ReadApplyAndRecordAsync(store, cursor)).Position);

        await AppendAsync(store, 6);
        Assert.Equal(2, (await ReadApplyAndRecordAsync(store, cursor)).Position);

        await AppendAsync(store, 3);
        Assert.Equal(6, (await ReadApplyAndRecordAsync(store, cursor)).Position);
    }

    // The edit that was lost: an instance stops while number 3 is open, 3 commits while it is
    // stopped, and the next start must still hand it over.
    [Fact]
    public async Task A_number_committed_while_the_instance_was_stopped_is_handed_over_after_restart()
    {
        await using var store = await TestStore.CreateAsync();
        var before = await StartAsync(store, 0, new Clock());
        await AppendAsync(store, 1, 2, 4);
        var recorded = (await ReadApplyAndRecordAsync(store, before)).Position;

        await AppendAsync(store, 3);
        var after = await StartAsync(store, recorded, new Clock());
        var read = (await ReadApplyAndRecordAsync(store, after)).Read;
        Assert.Contains(3, read);
        Assert.Empty(after.Gaps);
    }

    // Numbers missing below a recorded position were rolled back or let go: they are looked for,
    // but must not pull the position down with every restart.
    [Fact]
    public async Task Numbers_missing_below_the_start_do_not_hold_the_position_back()
    {
        await using var store = await TestStore.CreateAsync();
        await AppendAsync(store, 1, 2, 4, 5);
        var cursor = await StartAsync(store, 5, new Clock());
        Assert.Equal([3], cursor.Gaps);

        await AppendAsync(store, 6, 7);
        Assert.Equal(7, (await ReadApplyAndRecordAsync(store, cursor)).Position);
    }

    [Fact]
    public async Task A_jump_wider_than_transactions_in_flight_leaves_no_gaps()
    {
        await using var store = await TestStore.CreateAsync();
        var cursor = await StartAsync(store, 0, new Clock());
        await AppendAsync(store, 1, 20_002);
        Assert.Equal(new long[] { 1, 20_002 }, await ReadAndApplyAsync(store, cursor));
        Assert.Empty(cursor.Gaps);
    }

    // The case that loses edits on a server store: a transaction holds number N open while a
    // later one commits N+1. A reader of "Sequence > position" moves past N for good.
    [Fact]
    public async Task Live_a_commit_pair_in_reverse_order_reaches_the_follower()
    {
        TestStore.RequireServer();
        await using var store = await TestStore.CreateAsync();
        var cursor = await StartAsync(store, 0, new Clock());

        await using var first = store.Open();
        await using var held = await first.Database.BeginTransactionAsync(Ct);
        first.ChangeLog.Add(new ChangeLogEntry { ArticleId = 1, Kind = ChangeKind.Updated, At = DateTime.UtcNow });
        await first.SaveChangesAsync(Ct);
        var early = first.ChangeLog.Local.Single().Sequence;

        await using (var second = store.Open())
        {
            second.ChangeLog.Add(new ChangeLogEntry { ArticleId = 2, Kind = ChangeKind.Updated, At = DateTime.UtcNow });
            await second.SaveChangesAsync(Ct);
            Assert.True(second.ChangeLog.Local.Single().Sequence > early);
        }
        var late = await ReadAndApplyAsync(store, cursor);
        Assert.DoesNotContain(early, late);
        Assert.Contains(early, cursor.Gaps);

        await held.CommitAsync(Ct);
        await using (var db = store.Open())
        {
            // What a reader of "Sequence > position" would have seen: nothing.
            Assert.False(await db.ChangeLog.AnyAsync(c => c.Sequence > late.Max(), Ct));
        }
        Assert.Equal(new long[] { early }, await ReadAndApplyAsync(store, cursor));
        Assert.Empty(cursor.Gaps);
    }
}

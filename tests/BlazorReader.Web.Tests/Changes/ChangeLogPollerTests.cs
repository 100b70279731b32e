using System.Collections.Concurrent;
using BlazorReader.Data;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Web.Changes;
using BlazorReader.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Tests.Changes;

// The poller on the app's real store (the seed's creation is sequence 1), with consumers
// that record what they are given.
public sealed class ChangeLogPollerTests : AppTest
{
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    [Fact]
    public async Task A_consumer_far_behind_is_rebuilt_from_the_store_then_given_only_the_changes_after()
    {
        await AppendChangesAsync(5);
        var rebuilds = new RecordingConsumer(rebuilds: true);
        var replays = new RecordingConsumer(rebuilds: false);

        await using (await StartPollerAsync(rebuildAfter: 3, rebuilds, replays))
        {
            await rebuilds.WaitUntilAppliedAsync(6);
            await replays.WaitUntilAppliedAsync(6);
            await AppendChangesAsync(2);
            await rebuilds.WaitUntilAppliedAsync(8);
        }

        Assert.Equal([6L], rebuilds.RebuiltAt);
        Assert.Equal([7L, 8L], rebuilds.Applied);
        Assert.Equal([6L], replays.RebuiltAt);
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], replays.Applied.Take(6));
    }

    // Two rebuilds side by side held twice the memory: they take turns, in registration order.
    [Fact]
    public async Task Consumers_far_behind_rebuild_one_after_the_other_in_the_order_registered()
    {
        await AppendChangesAsync(5);
        var log = new ConcurrentQueue<string>();
        var first = new RecordingConsumer(rebuilds: true, log, "first");
        var second = new RecordingConsumer(rebuilds: true, log, "second");

        await using (await StartPollerAsync(rebuildAfter: 3, first, second))
        {
            await first.WaitUntilAppliedAsync(6);
            await second.WaitUntilAppliedAsync(6);
        }

        Assert.Equal(["first starts", "first ends", "second starts", "second ends"], log);
    }

    [Fact]
    public async Task A_consumer_within_the_limit_is_given_the_log()
    {
        await AppendChangesAsync(2);
        var consumer = new RecordingConsumer(rebuilds: true);

        await using (await StartPollerAsync(rebuildAfter: 3, consumer))
        {
            await consumer.WaitUntilAppliedAsync(3);
        }

        Assert.Empty(consumer.RebuiltAt);
        Assert.Equal([1L, 2L, 3L], consumer.Applied);
    }

    // A transaction that took number 3 commits after the one that took 4 (a server store): the
    // consumer is given 4, then 3 once it appears, never neither.
    [Fact]
    public async Task An_entry_committed_after_a_later_one_still_reaches_the_consumer()
    {
        var consumer = new RecordingConsumer(rebuilds: false);
        await using (await StartPollerAsync(rebuildAfter: 1000, consumer))
        {
            await consumer.WaitUntilAppliedAsync(1);
            await AppendChangeAsync(sequence: 3);
            await consumer.WaitUntilAppliedAsync(3);
            await AppendChangeAsync(sequence: 2);
            await consumer.WaitUntilGivenAsync(2);
        }

        Assert.Equal([1L, 3L, 2L], consumer.Applied);
    }

    private async Task AppendChangeAsync(long sequence)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync(Ct);
        var id = await db.Articles.Select(a => a.Id).FirstAsync(Ct);
        db.ChangeLog.Add(new ChangeLogEntry { Sequence = sequence, ArticleId = id, Kind = ChangeKind.Updated, At = DateTime.UtcNow });
        await db.SaveChangesAsync(Ct);
    }

    private async Task AppendChangesAsync(int count)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync(Ct);
        var id = await db.Articles.Select(a => a.Id).FirstAsync(Ct);
        db.ChangeLog.AddRange(Enumerable.Range(0, count).Select(_ => new ChangeLogEntry { ArticleId = id, Kind = ChangeKind.Updated, At = DateTime.UtcNow }));
        await db.SaveChangesAsync(Ct);
    }

    private async Task<IAsyncDisposable> StartPollerAsync(int rebuildAfter, params IChangeLogConsumer[] consumers)
    {
        var poller = new ChangeLogPoller(App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>(), consumers,
            Options.Create(new ChangeLogOptions { RebuildAfter = rebuildAfter }), TimeProvider.System, new FollowingProgress(consumers), NullLogger<ChangeLogPoller>.Instance);
        await poller.StartAsync(Ct);
        return new Stopping(poller);
    }

    private sealed class Stopping(ChangeLogPoller poller) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await poller.StopAsync(CancellationToken.None);
            poller.Dispose();
        }
    }

    private sealed class RecordingConsumer(bool rebuilds, ConcurrentQueue<string>? log = null, string name = "") : IChangeLogConsumer
    {
        private long applied;

        public ConcurrentQueue<long> Applied { get; } = new();

        public ConcurrentQueue<long> RebuiltAt { get; } = new();

        public Task<long> AppliedUpToAsync(ReaderDbContext db, CancellationToken ct) => Task.FromResult(Interlocked.Read(ref applied));

        public Task ApplyAsync(ReaderDbContext db, IReadOnlyList<ChangeLogEntry> changes, long position, CancellationToken ct)
        {
            foreach (var change in changes)
            {
                Applied.Enqueue(change.Sequence);
            }
            Interlocked.Exchange(ref applied, changes[^1].Sequence);
            return Task.CompletedTask;
        }

        public async Task<bool> RebuildFromStoreAsync(ReaderDbContext db, long logEnd, CancellationToken ct)
        {
            log?.Enqueue(name + " starts");
            RebuiltAt.Enqueue(logEnd);
            await Task.Delay(log is null ? 0 : 300, ct);
            if (rebuilds)
            {
                Interlocked.Exchange(ref applied, logEnd);
            }
            log?.Enqueue(name + " ends");
            return rebuilds;
        }

        public async Task WaitUntilGivenAsync(long sequence)
        {
            for (var waited = 0; !Applied.Contains(sequence); waited++)
            {
                Assert.True(waited < 200, $"not given {sequence} after 20 s");
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        public async Task WaitUntilAppliedAsync(long sequence)
        {
            for (var waited = 0; Interlocked.Read(ref applied) < sequence; waited++)
            {
                Assert.True(waited < 200, $"applied up to {Interlocked.Read(ref applied)} after 20 s, expected {sequence}");
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }
    }
}

using BlazorReader.Data;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Changes;

// This instance's one reader of the store's change log: it polls the log and hands its
// consumers (IChangeLogConsumer: page cache, search index, related lists) what they have not
// applied, so that every instance sees writes made anywhere: by itself, by the CLI, or by
// another instance on the same database server. A second is the promise to readers. Each
// consumer reads through a ChangeLogCursor, which no commit out of sequence order can skip.
public sealed partial class ChangeLogPoller(
    IDbContextFactory<ReaderDbContext> contexts,
    IEnumerable<IChangeLogConsumer> consumers,
    IOptions<ChangeLogOptions> options,
    TimeProvider clock,
    FollowingProgress progress,
    ILogger<ChangeLogPoller> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private const int BatchSize = 500;

    // Replaying the corpus's 30,656 creations took the related lists over 20 minutes on two
    // cores; rebuilding them from the store takes under one. Past this many changes behind,
    // a consumer is asked to rebuild.
    private readonly int rebuildAfter = options.Value.RebuildAfter;
    private readonly TimeSpan gapTimeout = options.Value.GapTimeout;

    // One rebuild at a time: side by side, the search index's and the related lists' held the
    // app at 0.8-0.9 GB resident for a minute on a first start over the corpus (one after the
    // other: 0.6 GB, and sooner done). At start they take turns in the order the consumers
    // are registered: search first, which readers wait on.
    private readonly SemaphoreSlim rebuilding = new(1, 1);
    private readonly TaskCompletionSource[] firstLook =
        [.. consumers.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];

    // Each consumer follows on its own loop: a slow one (related lists after a big import) must
    // not hold back a fast one (the search index, the page cache). Each loop starts on its own
    // thread: SQLite's async calls complete synchronously, so the related index's start-up load
    // (every article) ran to its end before the next consumer's loop even began, and search
    // said "building" for that minute.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(consumers.Select((c, turn) => Task.Run(() => FollowAsync(c, turn, stoppingToken), stoppingToken)));

    public static string NameOf(IChangeLogConsumer consumer) => consumer.GetType().Name;

    // turn: the consumer's place in the registration order, which its first rebuild waits for.
    private async Task FollowAsync(IChangeLogConsumer consumer, int turn, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Interval);
        ChangeLogCursor? cursor = null;
        do
        {
            try
            {
                cursor ??= await StartingPointAsync(consumer, ct);
                if (cursor is not null)
                {
                    await CatchUpAsync(consumer, turn, cursor, ct);
                }
            }
            finally
            {
                firstLook[turn].TrySetResult();
            }
        }
        while (await timer.WaitForNextTickAsync(ct));
    }

    // A consumer that cannot say where it stands (store unreachable, index unreadable) is asked
    // again next tick, and said so in the log, rather than silently left behind.
    private async Task<ChangeLogCursor?> StartingPointAsync(IChangeLogConsumer consumer, CancellationToken ct)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await ChangeLogCursor.StartAsync(db, await consumer.AppliedUpToAsync(db, ct), clock, gapTimeout, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNoStartingPoint(log, e, consumer.GetType().Name);
            return null;
        }
    }

    private async Task CatchUpAsync(IChangeLogConsumer consumer, int turn, ChangeLogCursor cursor, CancellationToken ct)
    {
        try
        {
            // Only a first batch this full can front a backlog worth rebuilding: the log's end
            // is read then, not on every tick.
            var mayBeFarBehind = Math.Min(rebuildAfter + 1, BatchSize);
            while (true)
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var batch = await cursor.ReadAsync(db, BatchSize, ct);
                if (batch.Count == 0)
                {
                    progress.Report(NameOf(consumer), cursor.Highest, cursor.Gaps.Count, caughtUp: true);
                    return;
                }
                progress.Saw(batch.Max(c => c.Sequence));
                if (batch.Count >= mayBeFarBehind && await RebuildIfFarBehindAsync(consumer, turn, cursor.Highest, ct) is { } rebuilt)
                {
                    await cursor.RebuiltAsync(db, rebuilt, ct);
                    continue;
                }
                mayBeFarBehind = int.MaxValue;
                await consumer.ApplyAsync(db, batch, cursor.PositionAfter(batch), ct);
                cursor.Applied(batch);
                progress.Report(NameOf(consumer), cursor.Highest, cursor.Gaps.Count, caughtUp: false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A store that is briefly unreachable must not stop the poller; it retries next tick.
            LogFollowingFailed(log, e, consumer.GetType().Name);
        }
    }

    // The log's end the consumer rebuilt up to, or null when it did not rebuild.
    private async Task<long?> RebuildIfFarBehindAsync(IChangeLogConsumer consumer, int turn, long position, CancellationToken ct)
    {
        long end;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            end = await db.ChangeLog.MaxAsync(c => (long?)c.Sequence, ct) ?? 0;
        }
        progress.Saw(end);
        if (end - position <= rebuildAfter)
        {
            return null;
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(firstLook.Take(turn).Select(t => t.Task)).WaitAsync(ct);
        await rebuilding.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (!await consumer.RebuildFromStoreAsync(db, end, ct))
            {
                return null;
            }
        }
        finally
        {
            rebuilding.Release();
        }
        LogRebuilt(log, consumer.GetType().Name, end - position, watch.Elapsed.TotalSeconds);
        return end;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Consumer} could not tell how far it has followed the change log; retrying.")]
    private static partial void LogNoStartingPoint(ILogger log, Exception e, string consumer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Following the change log failed for {Consumer}; retrying.")]
    private static partial void LogFollowingFailed(ILogger log, Exception e, string consumer);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Consumer} was {Behind} changes behind the log; rebuilt from the store in {Seconds:0.0} s")]
    private static partial void LogRebuilt(ILogger log, string consumer, long behind, double seconds);
}

using System.Collections.Concurrent;
using BlazorReader.Data.ChangeLog;

namespace BlazorReader.Web.Changes;

// How far this instance's followers of the change log have come: what readiness answers a load
// balancer with. A consumer is ready once it has caught up with the log after the start; a
// later burst of writes makes it lag for a while, not unready, or every import would take
// instances out of rotation.
public sealed class FollowingProgress
{
    private readonly ConcurrentDictionary<string, ConsumerProgress> consumers = new(StringComparer.Ordinal);
    private long logEnd;

    // Every consumer registered is expected, whether or not its loop has started yet.
    public FollowingProgress(IEnumerable<IChangeLogConsumer> registered)
    {
        foreach (var consumer in registered)
        {
            var name = ChangeLogPoller.NameOf(consumer);
            consumers.TryAdd(name, new ConsumerProgress(name, 0, 0, false));
        }
    }

    public bool IsReady => consumers.Values.All(c => c.CaughtUp);

    // The log's end as far as this instance knows it: the highest number any follower has read.
    // The page cache's follower starts at the log's end and reads the log every second, so this
    // trails the store by about a second without a query of its own (for metrics scrapes).
    public long LogEnd => Interlocked.Read(ref logEnd);

    public void Saw(long sequence)
    {
        var known = LogEnd;
        while (sequence > known)
        {
            var was = Interlocked.CompareExchange(ref logEnd, sequence, known);
            if (was == known)
            {
                return;
            }
            known = was;
        }
    }

    public void Report(string consumer, long applied, int openGaps, bool caughtUp)
    {
        Saw(applied);
        consumers.AddOrUpdate(consumer, _ => new ConsumerProgress(consumer, applied, openGaps, caughtUp),
            (_, before) => new ConsumerProgress(consumer, applied, openGaps, caughtUp || before.CaughtUp));
    }

    public IReadOnlyList<ConsumerProgress> Snapshot() => [.. consumers.Values.OrderBy(c => c.Name, StringComparer.Ordinal)];

    // Behind: entries between the known end and what the consumer has applied; never negative,
    // as a consumer may report a position before any other read has moved the end.
    public IReadOnlyList<ConsumerLag> Lags()
    {
        var end = LogEnd;
        return [.. Snapshot().Select(c => new ConsumerLag(c.Name, Math.Max(end - c.Applied, 0), c.OpenGaps))];
    }
}

// Applied: the highest change-log number handed to the consumer; OpenGaps: numbers below it
// still awaited (ChangeLogCursor); CaughtUp: it has reached the log's end since the start.
public sealed record ConsumerProgress(string Name, long Applied, int OpenGaps, bool CaughtUp);

public sealed record ConsumerLag(string Name, long Behind, int OpenGaps);

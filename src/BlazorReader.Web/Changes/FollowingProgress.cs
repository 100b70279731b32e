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

    public void Report(string consumer, long applied, int openGaps, bool caughtUp) =>
        consumers.AddOrUpdate(consumer, _ => new ConsumerProgress(consumer, applied, openGaps, caughtUp),
            (_, before) => new ConsumerProgress(consumer, applied, openGaps, caughtUp || before.CaughtUp));

    public IReadOnlyList<ConsumerProgress> Snapshot() => [.. consumers.Values.OrderBy(c => c.Name, StringComparer.Ordinal)];
}

// Applied: the highest change-log number handed to the consumer; OpenGaps: numbers below it
// still awaited (ChangeLogCursor); CaughtUp: it has reached the log's end since the start.
public sealed record ConsumerProgress(string Name, long Applied, int OpenGaps, bool CaughtUp);

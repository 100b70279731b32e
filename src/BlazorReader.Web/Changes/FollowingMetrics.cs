using System.Diagnostics.Metrics;

namespace BlazorReader.Web.Changes;

// How far each follower of the change log trails the log, as gauges read at each scrape from
// what the poller last reported (FollowingProgress): no store query per scrape.
public static class FollowingMetrics
{
    public const string MeterName = "BlazorReader.ChangeLog";

    // The meter belongs to the container (IMeterFactory), as does the progress it reads.
    public static void Observe(IMeterFactory meters, FollowingProgress progress)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(progress);
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("blazorreader.changelog.behind",
            () => progress.Lags().Select(l => new Measurement<long>(l.Behind, Consumer(l.Name))),
            "{change}", "Change-log entries between the log's end (as this instance last read it) and what the consumer has applied.");
        meter.CreateObservableGauge("blazorreader.changelog.open_gaps",
            () => progress.Lags().Select(l => new Measurement<int>(l.OpenGaps, Consumer(l.Name))),
            "{change}", "Sequence numbers below the consumer's position still awaited: taken by transactions not yet committed, or rolled back.");
    }

    private static KeyValuePair<string, object?>[] Consumer(string name) => [new("consumer", name)];
}

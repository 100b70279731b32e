using System.Diagnostics.Metrics;
using BlazorReader.Search.Querying;

namespace BlazorReader.Search.Tests.Querying;

// Counts the extra passes (SearchPasses) of the searches this thread runs, by reason. The
// counter is process-wide and other test classes search in parallel; a search runs on the
// thread that asked, and so does the listener's callback.
internal sealed class ExtraPassesOnThisThread : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly int thread = Environment.CurrentManagedThreadId;
    private readonly Dictionary<string, long> byReason = new(StringComparer.Ordinal);

    public ExtraPassesOnThisThread()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SearchPasses.MeterName && instrument.Name == SearchPasses.InstrumentName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (Environment.CurrentManagedThreadId != thread) return;
            foreach (var tag in tags)
            {
                if (tag.Key == "reason" && tag.Value is string reason) byReason[reason] = byReason.GetValueOrDefault(reason) + value;
            }
        });
        listener.Start();
    }

    public long this[string reason] => byReason.GetValueOrDefault(reason);

    public long Total => byReason.Values.Sum();

    public void Dispose() => listener.Dispose();
}

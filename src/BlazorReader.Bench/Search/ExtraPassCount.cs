using System.Diagnostics.Metrics;
using BlazorReader.Search.Querying;

namespace BlazorReader.Bench.Search;

// Counts the searches' extra passes (SearchPasses) while an action runs: how many queries pay
// for weighing look-alikes or relaxing is a figure the machine's load cannot move.
internal sealed class ExtraPassCount : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly Dictionary<string, long> byReason = new(StringComparer.Ordinal);

    public ExtraPassCount()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SearchPasses.MeterName && instrument.Name == SearchPasses.InstrumentName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "reason" && tag.Value is string reason) byReason[reason] = byReason.GetValueOrDefault(reason) + value;
            }
        });
        listener.Start();
    }

    public long this[string reason] => byReason.GetValueOrDefault(reason);

    public void Dispose() => listener.Dispose();
}

using System.Diagnostics;

namespace BlazorReader.Bench.Search;

// Percentiles of a run of timed calls, in milliseconds.
public sealed record LatencyFigures(double P50, double P95, double P99)
{
    public static LatencyFigures Of(IReadOnlyList<long> stopwatchTicks)
    {
        ArgumentNullException.ThrowIfNull(stopwatchTicks);
        var sorted = stopwatchTicks.Order().ToArray();
        double At(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        return new LatencyFigures(At(0.50), At(0.95), At(0.99));
    }

    public override string ToString() => $"p50 {P50:0.000} ms, p95 {P95:0.000} ms, p99 {P99:0.000} ms";
}

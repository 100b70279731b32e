namespace BlazorReader.Bench.Search;

// Mean reciprocal rank at 10 and latency percentiles, accumulated per query family.
internal sealed class RankingScore
{
    private readonly Dictionary<QueryFamily, List<double>> reciprocalRanks = [];
    private readonly List<double> milliseconds = [];

    public void Add(KnownItemQuery query, IReadOnlyList<int> ranked, double elapsedMs)
    {
        var rank = 0;
        for (var i = 0; i < ranked.Count && i < 10; i++)
        {
            if (query.RightIds.Contains(ranked[i]))
            {
                rank = i + 1;
                break;
            }
        }

        if (!reciprocalRanks.TryGetValue(query.Family, out var list)) reciprocalRanks[query.Family] = list = [];
        list.Add(rank == 0 ? 0 : 1.0 / rank);
        milliseconds.Add(elapsedMs);
    }

    public double Mrr(QueryFamily family) => reciprocalRanks.TryGetValue(family, out var list) ? list.Average() : double.NaN;

    // Half the width of a 95% confidence interval for the family's MRR: 1.96 standard errors
    // of the mean reciprocal rank over its queries. With 300 queries a family near 0.95 is
    // known to about +-0.013, so a bar of 0.95 needs more queries than that to be tested.
    public double Margin(QueryFamily family) =>
        reciprocalRanks.TryGetValue(family, out var list) ? Margin(list) : double.NaN;

    // This score minus another's on the same queries, paired query by query (both were scored
    // on one list in one order), with its 95% margin: far tighter than comparing two MRRs.
    public (double Difference, double Margin) Minus(RankingScore other, QueryFamily family)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!reciprocalRanks.TryGetValue(family, out var mine) || !other.reciprocalRanks.TryGetValue(family, out var theirs)
            || mine.Count != theirs.Count)
        {
            return (double.NaN, double.NaN);
        }

        var differences = mine.Zip(theirs, (a, b) => a - b).ToList();
        return (differences.Average(), Margin(differences));
    }

    private static double Margin(List<double> values)
    {
        if (values.Count < 2) return double.NaN;
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return 1.96 * Math.Sqrt(variance / values.Count);
    }

    public double Percentile(double p) => PercentileOf(milliseconds, p);

    public static double PercentileOf(List<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}

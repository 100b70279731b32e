namespace BlazorReader.Search.Evaluation;

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

    public double Percentile(double p) => PercentileOf(milliseconds, p);

    public static double PercentileOf(List<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}

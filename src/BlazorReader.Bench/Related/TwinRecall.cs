namespace BlazorReader.Bench.Related;

// How often a ranking puts labelled twins in its first 5 or 10, read three ways:
// - every twin: each labelled pair asked both ways. A story run by seven papers gives an
//   article six twins and a top 5 holds five, so this cannot reach 1 (Reachable says how far).
// - every twin, capped: per article, the twins found in the top k over min(k, its twins);
//   a perfect list scores 1.
// - closest twin: each article's labelled twin with the most shared text, one per article:
//   "the twin" of the recall@5.
// The twin counts as found when its text is listed: the rules list a paper's text once, so
// its second copy under another URL is rightly absent.
public sealed record TwinRecall(
    double At5, double At10, double ReachableAt5, double ReachableAt10,
    double CappedAt5, double CappedAt10, double BestAt5, double BestAt10)
{
    public static TwinRecall Of(TwinLabels labels, Func<int, IReadOnlyList<int>> ranking, Func<int, int> textKeyOf)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(textKeyOf);
        var ranks = labels.Queries.Select(q => Rank(ranking, textKeyOf, q.From, q.To)).ToList();
        var best = labels.BestTwins.Select(q => Rank(ranking, textKeyOf, q.From, q.To)).ToList();
        // Per article, its twins' texts: how many queries each holds, and where it is listed.
        var articles = labels.Queries.GroupBy(q => q.From)
            .Select(a => a.GroupBy(q => textKeyOf(q.To)).Select(t => (Queries: t.Count(), Rank: Rank(ranking, textKeyOf, a.Key, t.First().To))).ToList())
            .ToList();
        var twinRanks = articles.Select(a => a.Select(t => t.Rank).ToList()).ToList();
        return new TwinRecall(
            Share(ranks, 5), Share(ranks, 10), Reachable(articles, ranks.Count, 5), Reachable(articles, ranks.Count, 10),
            Capped(twinRanks, 5), Capped(twinRanks, 10), Share(best, 5), Share(best, 10));
    }

    public void WriteTo(TextWriter writer, string articles)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"recall@5 / @10 of the twin (issue 6's goal: recall@5 ≥ 0.95), three readings:");
        writer.WriteLine($"  closest twin           {BestAt5:F3} / {BestAt10:F3}  ({articles}, each with its closest labelled twin: the issue's reading)");
        writer.WriteLine($"  every twin, capped     {CappedAt5:F3} / {CappedAt10:F3}  (per article, twins in the top k over min(k, its twins))");
        writer.WriteLine($"  every twin             {At5:F3} / {At10:F3}  (every labelled pair both ways; at most {ReachableAt5:F3} / {ReachableAt10:F3} reachable)");
    }

    // The twin's place in the list from 0, or -1 when absent.
    public static int Rank(Func<int, IReadOnlyList<int>> ranking, Func<int, int> textKeyOf, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(textKeyOf);
        var list = ranking(from);
        var wanted = textKeyOf(to);
        for (var i = 0; i < list.Count; i++)
        {
            if (textKeyOf(list[i]) == wanted)
            {
                return i;
            }
        }

        return -1;
    }

    // Each article's twin texts by their ranks (-1 absent): found in the top k over what a
    // top k can hold, summed over articles.
    public static double Capped(IEnumerable<IReadOnlyList<int>> twinRanksPerArticle, int k)
    {
        ArgumentNullException.ThrowIfNull(twinRanksPerArticle);
        var (found, possible) = (0, 0);
        foreach (var ranks in twinRanksPerArticle)
        {
            found += ranks.Count(r => r >= 0 && r < k);
            possible += Math.Min(k, ranks.Count);
        }

        return possible == 0 ? 0 : found / (double)possible;
    }

    // The best every-twin share any list could get: its top k holding the k twin texts
    // asked for most.
    private static double Reachable(List<List<(int Queries, int Rank)>> articles, int queries, int k) =>
        queries == 0 ? 0 : articles.Sum(a => a.Select(t => t.Queries).OrderDescending().Take(k).Sum()) / (double)queries;

    private static double Share(List<int> ranks, int k) =>
        ranks.Count == 0 ? 0 : ranks.Count(r => r >= 0 && r < k) / (double)ranks.Count;
}

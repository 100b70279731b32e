namespace BlazorReader.Core.Related.Evaluation;

// How often a ranking puts the labelled twin in its first 5 or 10: over every labelled pair
// asked both ways, and over each article's closest twin only. The twin counts as found when
// its text is listed: the rules list a paper's text once, so its second copy under another
// URL is rightly absent.
public sealed record TwinRecall(double At5, double At10, double BestAt5, double BestAt10)
{
    public static TwinRecall Of(TwinLabels labels, Func<int, IReadOnlyList<int>> ranking, Func<int, int> textKeyOf)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(textKeyOf);
        var ranks = labels.Queries.Select(q => Rank(ranking, textKeyOf, q.From, q.To)).ToList();
        var best = labels.BestTwins.Select(q => Rank(ranking, textKeyOf, q.From, q.To)).ToList();
        return new TwinRecall(Share(ranks, 5), Share(ranks, 10), Share(best, 5), Share(best, 10));
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

    private static double Share(IReadOnlyCollection<int> ranks, int k) =>
        ranks.Count == 0 ? 0 : ranks.Count(r => r >= 0 && r < k) / (double)ranks.Count;
}

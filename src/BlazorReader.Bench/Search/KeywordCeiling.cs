namespace BlazorReader.Bench.Search;

// The best MRR any ranker could reach on the keyword family from the query alone. The
// generator draws 3 or 4 of a title's content words as printed, so a query fits exactly the
// articles whose title holds every query word, and fits one with m content words with
// likelihood 1 / C(m, k): shorter headlines explain it better, and nothing in the query tells
// two equally short ones apart. Ranking by that likelihood (ties in random order, counted as
// their expected reciprocal rank) is the ceiling; a ranker that reads bodies cannot know more
// (ties make it an expectation: a ranker's luck among them can land a little above it).
internal static class KeywordCeiling
{
    public static double Mrr(IReadOnlyList<CorpusArticle> articles, IEnumerable<KnownItemQuery> queries)
    {
        var content = articles
            .Select(a => KnownItemQueryGenerator.ContentWords(KnownItemQueryGenerator.Words(a.Title ?? "")).ToHashSet(StringComparer.Ordinal))
            .ToArray();
        var reciprocalRanks = new List<double>();
        foreach (var query in queries.Where(q => q.Family == QueryFamily.Keywords))
        {
            var words = KnownItemQueryGenerator.Words(query.Text).ToList();
            double Likelihood(int id) => words.All(content[id].Contains) ? 1 / Choose(content[id].Count, words.Count) : 0;
            var right = query.RightIds.Max(Likelihood);
            var (better, tied) = (0, 0);
            for (var id = 0; id < articles.Count; id++)
            {
                if (query.RightIds.Contains(id)) continue;
                var likelihood = Likelihood(id);
                if (likelihood > right * (1 + 1e-9)) better++;
                else if (likelihood > 0 && likelihood >= right * (1 - 1e-9)) tied++;
            }

            // The right article lands anywhere among its ties with equal chance.
            var expected = Enumerable.Range(better + 1, tied + 1).Sum(rank => rank <= 10 ? 1.0 / rank : 0) / (tied + 1);
            reciprocalRanks.Add(right > 0 ? expected : 0);
        }

        return reciprocalRanks.Count > 0 ? reciprocalRanks.Average() : double.NaN;
    }

    private static double Choose(int n, int k)
    {
        var result = 1.0;
        for (var i = 0; i < k; i++) result = result * (n - i) / (i + 1);
        return result;
    }
}

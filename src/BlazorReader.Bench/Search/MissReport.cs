namespace BlazorReader.Bench.Search;

// Lists the queries our index ranks badly (right answer below 3rd or absent) with what it
// ranked instead: the material for tuning the analyzer and the weights.
internal static class MissReport
{
    public static void Write(TextWriter output, IReadOnlyList<CorpusArticle> articles, IEnumerable<KnownItemQuery> queries,
        Func<string, IReadOnlyList<int>> search)
    {
        foreach (var query in queries)
        {
            var ranked = search(query.Text);
            var rank = ranked.ToList().FindIndex(query.RightIds.Contains);
            if (rank is >= 0 and < 1) continue;
            output.WriteLine($"[{query.Family}] rank {(rank < 0 ? "none" : (rank + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}: {query.Text}");
            output.WriteLine($"    want: {articles[query.RightIds.First()].Title}");
            foreach (var id in ranked.Take(2)) output.WriteLine($"    got:  {articles[id].Title}");
        }
    }
}

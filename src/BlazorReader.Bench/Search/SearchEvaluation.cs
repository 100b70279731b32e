using System.Diagnostics;
using System.Globalization;
using BlazorReader.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace BlazorReader.Bench.Search;

// Issue 5's evaluation: builds our index and two stock-analyzer indexes over the same corpus,
// scores all three on the same generated known-item queries (MRR@10 per family) and reports
// build time, index size and query latency. Run from a throwaway console or the CLI.
public static class SearchEvaluation
{
    // A thousand queries a family by default: at 300 (the issue's baselines) keywords MRR moved
    // from 0.946 to 0.968 between seeds, a spread wider than the 0.95 bar's margin.
    public const int DefaultPerFamily = 1000;
    public const int DefaultSeed = 20150721;

    public static void Run(string corpusFolder, string workFolder, TextWriter output, int perFamily = DefaultPerFamily, int seed = DefaultSeed, TextWriter? misses = null)
    {
        var articles = CorpusArticle.ReadFolder(corpusFolder);
        output.WriteLine($"corpus: {articles.Count} articles");
        var queries = new KnownItemQueryGenerator(articles, seed).Generate(perFamily).ToList();
        output.WriteLine($"queries: {queries.Count} ({perFamily} per family, seed {seed})");

        var rows = new List<(string Name, RankingScore Score)>();
        using (var ours = ArticleIndex.OpenFolder(Fresh(workFolder, "ours")))
        {
            var built = Time(() =>
            {
                ours.UpsertMany(articles.Select((article, id) => article.ToSearchDocument(id)));
                ours.Commit();
                ours.WaitForMerges();
            });
            Report(output, $"ours ({Environment.ProcessorCount} threads)", built, Path.Combine(workFolder, "ours"));
            rows.Add(("ours", Score(queries, q => ours.TopIds(q, 10))));
            if (misses is not null) MissReport.Write(misses, articles, queries, q => ours.TopIds(q, 10));
            ReportEngineLatency(output, ours, queries);
        }

        foreach (var (name, analyzer) in new (string, Analyzer)[]
        {
            ("ArabicAnalyzer", new ArabicAnalyzer(LuceneVersion.LUCENE_48)),
            ("StandardAnalyzer", new StandardAnalyzer(LuceneVersion.LUCENE_48)),
        })
        {
            using var baseline = new BaselineIndex(Fresh(workFolder, name), analyzer);
            var built = Time(() => baseline.Build(articles));
            Report(output, name, built, Path.Combine(workFolder, name));
            rows.Add((name, Score(queries, q => baseline.TopIds(q, 10))));
            // Fuzziness only for the families it is for: it costs tens of milliseconds a query.
            var forgiving = queries.Where(q => q.Family is QueryFamily.Typos or QueryFamily.CliticsBothWays).ToList();
            rows.Add((name + " fuzzy", Score(forgiving, q => baseline.TopIds(q, 10, fuzzy: true))));
        }

        PrintTable(output, rows);
        output.WriteLine(Invariant($"Keywords ceiling (no ranker can do better from the query alone, see KeywordCeiling): {KeywordCeiling.Mrr(articles, queries):F3}"));
    }

    private static RankingScore Score(List<KnownItemQuery> queries, Func<string, IReadOnlyList<int>> search)
    {
        foreach (var query in queries.Take(50)) search(query.Text);
        GC.Collect();
        var score = new RankingScore();
        foreach (var query in queries)
        {
            var watch = Stopwatch.StartNew();
            var ranked = search(query.Text);
            score.Add(query, ranked, watch.Elapsed.TotalMilliseconds);
        }

        return score;
    }

    // Each stage of a search against the raw term query on the same index, as ratios taken in
    // the same run. The stages take turns query by query (three rounds, each query's median
    // kept): the machine is shared, and timing one stage's loop after another's let a build
    // starting in between move a ratio by 2x.
    private static void ReportEngineLatency(TextWriter output, ArticleIndex index, List<KnownItemQuery> queries)
    {
        var stages = new (string Name, Action<string> Run)[]
        {
            ("raw TermQuery/BooleanQuery on our index", q => index.WithSearcher(s => RawTermBaseline.Search(s, q))),
            ("ours ranking only (top 10 ids)", q => index.TopIds(q, 10)),
            ("ours Search without snippets", q => index.Search(new SearchRequest(q) { WithSnippets = false })),
            ("ours full Search (filters, facets, snippets)", q => index.Search(new SearchRequest(q))),
        };
        var ms = InTurns(queries, stages.Select(s => s.Run).ToList());
        var raw = ms[0];
        output.WriteLine(Invariant($"{stages[0].Name,-46} p50 {RankingScore.PercentileOf(raw, 0.5):F2} ms, p95 {RankingScore.PercentileOf(raw, 0.95):F2} ms"));
        for (var i = 1; i < stages.Length; i++)
        {
            WriteStage(output, stages[i].Name, ms[i], raw);
        }

        // Correction runs only where a word is rare or the words hardly meet, so the issue's
        // goal (ranking at most 2x the raw query) is for the queries typed without a slip.
        var typed = Enumerable.Range(0, queries.Count).Where(i => queries[i].Family != QueryFamily.Typos).ToList();
        var rawTyped = typed.Select(i => raw[i]).ToList();
        output.WriteLine(Invariant($"{"raw, queries without typos",-46} p50 {RankingScore.PercentileOf(rawTyped, 0.5):F2} ms, p95 {RankingScore.PercentileOf(rawTyped, 0.95):F2} ms"));
        WriteStage(output, "ours ranking only, queries without typos", typed.Select(i => ms[1][i]).ToList(), rawTyped);
        foreach (var (name, group) in new[] { ("queries without typos", typed.Select(i => queries[i])), ("typo queries", queries.Where(q => q.Family == QueryFamily.Typos)) })
        {
            var list = group.ToList();
            using var passes = new ExtraPassCount();
            foreach (var query in list) index.TopIds(query.Text, 10);
            output.WriteLine(Invariant($"{"extra passes, " + name,-46} rare words' look-alikes {100.0 * passes["rare_words"] / list.Count:F1}%, in context {100.0 * passes["in_context"] / list.Count:F1}%, relaxed {100.0 * passes["relaxed"] / list.Count:F1}% of {list.Count}"));
        }
    }

    private static void WriteStage(TextWriter output, string name, List<double> ms, List<double> raw) =>
        output.WriteLine(Invariant($"{name,-46} p50 {RankingScore.PercentileOf(ms, 0.5):F2} ms, p95 {RankingScore.PercentileOf(ms, 0.95):F2} ms = {RankingScore.PercentileOf(ms, 0.5) / RankingScore.PercentileOf(raw, 0.5):F1}x / {RankingScore.PercentileOf(ms, 0.95) / RankingScore.PercentileOf(raw, 0.95):F1}x raw"));

    // Per stage, each query's median over three rounds; within a round every stage runs the
    // query back to back, in an order that turns round, so none always runs on a warm cache.
    private static List<double>[] InTurns(List<KnownItemQuery> queries, List<Action<string>> stages)
    {
        const int rounds = 3;
        foreach (var query in queries.Take(100)) foreach (var stage in stages) stage(query.Text);
        GC.Collect();
        var samples = stages.Select(_ => queries.Select(_ => new double[rounds]).ToList()).ToList();
        for (var round = 0; round < rounds; round++)
        {
            for (var q = 0; q < queries.Count; q++)
            {
                for (var k = 0; k < stages.Count; k++)
                {
                    var stage = (k + q + round) % stages.Count;
                    var watch = Stopwatch.StartNew();
                    stages[stage](queries[q].Text);
                    samples[stage][q][round] = watch.Elapsed.TotalMilliseconds;
                }
            }
        }

        return [.. samples.Select(perQuery => perQuery.Select(r => r.Order().ElementAt(rounds / 2)).ToList())];
    }

    private static void PrintTable(TextWriter output, List<(string Name, RankingScore Score)> rows)
    {
        var families = Enum.GetValues<QueryFamily>();
        output.WriteLine();
        output.WriteLine("| analyzer | " + string.Join(" | ", families) + " | p50 ms | p95 ms |");
        output.WriteLine("|---|" + string.Concat(families.Select(_ => "---|")) + "---|---|");
        foreach (var (name, score) in rows)
        {
            var cells = families.Select(f => double.IsNaN(score.Mrr(f)) ? "-" : score.Mrr(f).ToString("F3", CultureInfo.InvariantCulture));
            output.WriteLine(Invariant($"| {name} | {string.Join(" | ", cells)} | {score.Percentile(0.5):F2} | {score.Percentile(0.95):F2} |"));
        }

        output.WriteLine();
        output.WriteLine("95% margins (1.96 standard errors over each family's queries), and ours minus each baseline paired query by query:");
        var ours = rows[0];
        output.WriteLine(Invariant($"  {ours.Name,-26} {string.Join("  ", families.Select(f => Invariant($"{f} +-{ours.Score.Margin(f):F3}")))}"));
        foreach (var (name, score) in rows.Skip(1))
        {
            var cells = families.Select(f =>
            {
                var (difference, margin) = ours.Score.Minus(score, f);
                if (double.IsNaN(difference)) return "";
                return Invariant($"{f} {difference:+0.000;-0.000} +-{margin:F3}");
            });
            output.WriteLine(Invariant($"  {"minus " + name,-26} {string.Join("  ", cells)}"));
        }
    }

    private static void Report(TextWriter output, string name, TimeSpan built, string folder)
    {
        var bytes = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
        output.WriteLine(Invariant($"{name}: index built in {built.TotalSeconds:F1} s, {bytes / 1048576.0:F0} MiB"));
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static string Fresh(string workFolder, string name)
    {
        var folder = Path.Combine(workFolder, name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.CommandLine;
using System.Diagnostics;
using BlazorReader.Bench.Common;
using BlazorReader.Bench.Stories;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Scale;

// `bench topical CORPUS`: CPU time of one topical query (40 neighbours, as a related list
// asks) on one thread, with the horizon and, in the same run, walking every block as the
// finder did before it had one. Run over `bench scale` corpora of growing factor, it shows
// whether a query costs more as the archive deepens. The articles asked about are spread
// over the newest 180 days (the corpus itself, in a scaled one), so every factor asks the same.
public static class TopicalQueryBenchmark
{
    private const int Neighbours = 40;
    private const int PageSize = 2_000;
    private const int Chunk = 250;
    private const int Rounds = 2;

    public static Command CreateCommand()
    {
        var corpus = CorpusArgument.Create();
        var queries = NumberOption.Positive("--queries", "N", "How many articles of the newest 180 days to ask about.", 1_500);
        var command = new Command("topical", "Topical queries: CPU time per query with the time horizon and without, on one thread.")
        {
            corpus, queries,
        };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.GetValue(queries), parse.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string corpus, int queries, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var bounded = new TopicalNeighbourFinder();
        var unbounded = new TopicalNeighbourFinder(new TopicalOptions { HorizonDays = double.PositiveInfinity });
        var dates = new List<DateTime>();
        var cleaner = new ArticleCleaner();
        foreach (var page in ArticleSourceReader.Read(corpus).Where(i => i.Article is not null).Select(i => i.Article!).Chunk(PageSize))
        {
            var first = dates.Count + 1;
            foreach (var terms in page.AsParallel().AsOrdered().Select((raw, i) => bounded.Terms(CorpusDocuments.Document(cleaner, raw, first + i))).ToList())
            {
                bounded.Add(terms);
                unbounded.Add(terms);
                dates.Add(terms.PublishedAt);
            }
        }

        bounded.TrimExcess();
        unbounded.TrimExcess();
        var newest = dates.Max();
        var recent = Enumerable.Range(1, dates.Count).Where(id => (newest - dates[id - 1]).TotalDays < 180).ToList();
        var asked = Enumerable.Range(0, Math.Min(queries, recent.Count)).Select(i => recent[(int)((long)i * recent.Count / Math.Min(queries, recent.Count))]).ToList();
        output.WriteLine($"indexed {dates.Count:N0} articles ({dates.Min():yyyy-MM-dd} to {newest:yyyy-MM-dd}) twice in {clock.Elapsed.TotalSeconds:0.0} s; asking about {asked.Count:N0} of the newest 180 days' {recent.Count:N0}");

        // Warm both up, then alternate chunks, and which goes first, so that both see the same
        // load and neither reads postings the other just brought into the cache; the process's
        // CPU clock ticks in 10 ms, so a chunk takes many of them.
        foreach (var id in asked.Take(Chunk))
        {
            bounded.Query(id, Neighbours);
            unbounded.Query(id, Neighbours);
        }

        var cpu = new[] { TimeSpan.Zero, TimeSpan.Zero };
        var equal = 0;
        var farthest = 0.0;
        var chunks = asked.Chunk(Chunk).ToList();
        for (var c = 0; c < Rounds * chunks.Count; c++)
        {
            var chunk = chunks[c % chunks.Count];
            var answers = new IReadOnlyList<ScoredArticle>[2][];
            foreach (var f in (c + c / chunks.Count) % 2 == 0 ? new[] { 0, 1 } : [1, 0])
            {
                (answers[f], var spent) = Timed(chunk, f == 0 ? bounded : unbounded);
                cpu[f] += spent;
            }

            for (var i = 0; i < chunk.Length && c < chunks.Count; i++)
            {
                equal += answers[0][i].SequenceEqual(answers[1][i]) ? 1 : 0;
                farthest = answers[1][i].Select(n => Math.Abs((dates[n.ArticleId - 1] - dates[chunk[i] - 1]).TotalDays)).Prepend(farthest).Max();
            }
        }

        var (boundedCpu, unboundedCpu) = (cpu[0] / Rounds, cpu[1] / Rounds);
        output.WriteLine($"per query, one thread: {boundedCpu.TotalMilliseconds / asked.Count:0.000} ms CPU with the horizon ({bounded.Options.HorizonDays} days), " +
            $"{unboundedCpu.TotalMilliseconds / asked.Count:0.000} ms walking every block ({unboundedCpu / boundedCpu:0.00}x)");
        output.WriteLine($"equal answers: {equal:N0} of {asked.Count:N0}; farthest neighbour found walking every block: {farthest:0.0} days");
        return 0;
    }

    private static (IReadOnlyList<ScoredArticle>[] Answers, TimeSpan Cpu) Timed(int[] ids, TopicalNeighbourFinder finder)
    {
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var answers = ids.Select(id => finder.Query(id, Neighbours)).ToArray();
        process.Refresh();
        return (answers, process.TotalProcessorTime - before);
    }
}

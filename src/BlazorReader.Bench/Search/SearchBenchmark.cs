using System.CommandLine;
using BlazorReader.Bench.Common;

namespace BlazorReader.Bench.Search;

// `bench search CORPUS`: the relevance evaluation and index/query timings of the search issue,
// ours against Lucene's ArabicAnalyzer and StandardAnalyzer on the same corpus, in one run.
public static class SearchBenchmark
{
    public static Command CreateCommand()
    {
        var corpus = CorpusArgument.Create();
        var queries = NumberOption.Positive("--queries", "N", "Known-item queries per family.", SearchEvaluation.DefaultPerFamily);
        var seed = NumberOption.Positive("--seed", "S", "The seed the queries are drawn with.", SearchEvaluation.DefaultSeed);
        var misses = new Option<FileInfo?>("--misses") { Description = "Write the queries ranked worse than first, with what came first, to this file." };
        var command = new Command("search", "Search relevance (MRR@10 per query family with its 95% margin), index size and latency against Lucene's ArabicAnalyzer and StandardAnalyzer.")
        {
            corpus, queries, seed, misses,
        };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.InvocationConfiguration.Output, parse.GetValue(queries), parse.GetValue(seed),
            parse.GetValue(misses)?.FullName));
        return command;
    }

    public static int Run(string corpus, TextWriter output, int perFamily = SearchEvaluation.DefaultPerFamily, int seed = SearchEvaluation.DefaultSeed,
        string? missesFile = null)
    {
        var work = Directory.CreateTempSubdirectory("br-search-bench-").FullName;
        try
        {
            using var misses = missesFile is null ? null : new StreamWriter(missesFile);
            SearchEvaluation.Run(corpus, work, output, perFamily, seed, misses);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}

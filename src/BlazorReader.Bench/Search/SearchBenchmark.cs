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
        var command = new Command("search", "Search relevance (MRR@10 per query family with its 95% margin), index size and latency against Lucene's ArabicAnalyzer and StandardAnalyzer.")
        {
            corpus, queries, seed,
        };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.InvocationConfiguration.Output, parse.GetValue(queries), parse.GetValue(seed)));
        return command;
    }

    public static int Run(string corpus, TextWriter output, int perFamily = SearchEvaluation.DefaultPerFamily, int seed = SearchEvaluation.DefaultSeed)
    {
        var work = Directory.CreateTempSubdirectory("br-search-bench-").FullName;
        try
        {
            SearchEvaluation.Run(corpus, work, output, perFamily, seed);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}


namespace BlazorReader.Bench.Search;

// `bench search CORPUS`: the relevance evaluation and index/query timings of the search issue,
// ours against Lucene's ArabicAnalyzer and StandardAnalyzer on the same corpus, in one run.
public static class SearchBenchmark
{
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

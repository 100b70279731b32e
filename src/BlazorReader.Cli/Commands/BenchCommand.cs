using BlazorReader.Cli.Bench;

namespace BlazorReader.Cli.Commands;

public static class BenchCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        if (line.Arguments is not [var what, var corpus])
        {
            throw new UsageException("bench needs what to measure and the corpus folder: bench import CORPUS | bench search CORPUS.");
        }
        if (!Directory.Exists(corpus) && !File.Exists(corpus))
        {
            throw new UsageException($"no corpus at {corpus}.");
        }
        return what switch
        {
            "import" => await ImportBenchmark.RunAsync(corpus, Console.Out),
            "search" => SearchBenchmark.Run(corpus, Console.Out),
            _ => throw new UsageException($"bench {what}: use import or search."),
        };
    }
}

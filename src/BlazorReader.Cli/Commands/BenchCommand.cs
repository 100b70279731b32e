using System.Globalization;
using BlazorReader.Bench.Import;
using BlazorReader.Bench.Related;
using BlazorReader.Bench.Search;
using BlazorReader.Bench.Web;

namespace BlazorReader.Cli.Commands;

public static class BenchCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        if (line.Arguments is ["web"])
        {
            return await WebBenchmark.RunAsync(WebOutputFolder(), Console.Out);
        }
        if (line.Arguments is not [var what, var corpus])
        {
            throw new UsageException("bench needs what to measure and the corpus folder: bench import|search|search-http|related CORPUS, or bench web.");
        }
        if (!Directory.Exists(corpus) && !File.Exists(corpus))
        {
            throw new UsageException($"no corpus at {corpus}.");
        }
        return what switch
        {
            "import" => await ImportBenchmark.RunAsync(corpus, Console.Out),
            "search" => SearchBenchmark.Run(corpus, Console.Out,
                PositiveNumber(line, "--queries", SearchEvaluation.DefaultPerFamily), PositiveNumber(line, "--seed", SearchEvaluation.DefaultSeed)),
            "related" => await RelatedBenchmark.RunAsync(corpus, Console.Out, line.Has("--samples"), line.Options.GetValueOrDefault("--out")),
            "search-http" => await SearchHttpBenchmark.RunAsync(corpus, WebOutputFolder(), Console.Out),
            _ => throw new UsageException($"bench {what}: use import, search, search-http, related or web."),
        };
    }

    private static int PositiveNumber(CommandLine line, string option, int fallback) =>
        line.Options.GetValueOrDefault(option) is not { } text ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw new UsageException($"{option} needs a whole number above zero, not \"{text}\".");

    // bench web runs the app from its Release build output beside this repository's CLI.
    private static string WebOutputFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BlazorReader.sln")))
        {
            dir = dir.Parent;
        }
        var output = dir is null ? null : Path.Combine(dir.FullName, "src", "BlazorReader.Web", "bin", "Release", "net10.0");
        return output is not null && File.Exists(Path.Combine(output, "BlazorReader.Web.dll"))
            ? output
            : throw new UsageException("bench web needs the Release build: dotnet build src/BlazorReader.Web -c Release");
    }
}

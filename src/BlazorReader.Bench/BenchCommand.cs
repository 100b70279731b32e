using System.CommandLine;
using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Import;
using BlazorReader.Bench.Related;
using BlazorReader.Bench.Render;
using BlazorReader.Bench.Scale;
using BlazorReader.Bench.Search;
using BlazorReader.Bench.Stories;
using BlazorReader.Bench.Web;

namespace BlazorReader.Bench;

// `bench WHAT`: every benchmark defines its own subcommand (arguments, options, checks and
// what it runs) beside its code; a new benchmark is one more line here.
public static class BenchCommand
{
    public static Command Create() => new("bench", "Measure against baselines in the same run, so that figures compare across machines.")
    {
        CleaningBenchmark.CreateCommand(),
        ChromeModelTraining.CreateCommand(),
        ImportBenchmark.CreateCommand(),
        SearchBenchmark.CreateCommand(),
        SearchHttpBenchmark.CreateCommand(),
        SuggestBenchmark.CreateCommand(),
        RelatedBenchmark.CreateCommand(),
        StoriesBenchmark.CreateCommand(),
        WebBenchmark.CreateCommand(),
        FirstStartBenchmark.CreateCommand(),
        RenderBenchmark.CreateCommand(),
        ScaleCommand.CreateCommand(),
        TopicalQueryBenchmark.CreateCommand(),
    };
}

using System.CommandLine;
using System.Diagnostics;
using BlazorReader.Bench.Common;

namespace BlazorReader.Bench.Scale;

// `bench scale CORPUS --factor N --out DIR [--seed S]`: a corpus N times the size, made from
// the corpus's own parts, for measuring how every bulk step grows with the article count.
public static class ScaleCommand
{
    public static Command CreateCommand()
    {
        var corpus = CorpusArgument.Create();
        var factor = NumberOption.Positive("--factor", "N", "How many times the corpus: 1 writes it as it is, N adds N - 1 recombined copies, each k years back.", 10);
        var seed = NumberOption.Positive("--seed", "S", "The seed every choice follows: the same seed writes the same bytes.", 19);
        var output = new Option<string>("--out")
        {
            Description = "A new or empty folder for the zip files.",
            HelpName = "DIR",
            Required = true,
        };
        output.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string>();
            if (File.Exists(path) || (Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any()))
            {
                result.AddError($"--out needs a new or empty folder: {path} is not.");
            }
        });
        var command = new Command("scale", "Write a corpus N times the size from the corpus's own parts (its zipped JSON format, for `import`).")
        {
            corpus, factor, output, seed,
        };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.GetValue(factor), parse.GetValue(output)!, parse.GetValue(seed),
            parse.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string corpus, int factor, string outFolder, int seed, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var files = CorpusFile.ReadAll(corpus);
        output.WriteLine($"read {files.Sum(f => f.Articles.Count):N0} articles in {files.Count} files ({clock.Elapsed.TotalSeconds:0.0} s)");
        var summary = new ScaledCorpusWriter(files, seed).Write(factor, outFolder, output.WriteLine);
        output.WriteLine($"wrote {summary.Articles:N0} articles in {summary.Files} files, {summary.Bytes / 1e6:0} MB, " +
            $"in {clock.Elapsed.TotalSeconds:0.0} s (factor {factor}, seed {seed})");
        return 0;
    }
}

using System.CommandLine;

namespace BlazorReader.Bench.Common;

// The corpus a benchmark reads, checked before anything is measured: a long run should not
// fail at its first read of a mistyped path.
public static class CorpusArgument
{
    public static Argument<string> Create()
    {
        var corpus = new Argument<string>("CORPUS")
        {
            Description = "The corpus: a folder of its zip files (SaudiNewsNet's format), or one file.",
        };
        corpus.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string>();
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                result.AddError($"no corpus at {path}.");
            }
        });
        return corpus;
    }
}

using System.CommandLine;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using Microsoft.Extensions.Configuration;

namespace BlazorReader.Cli.Commands;

// `learn-boilerplate PATH…`: reads a corpus, learns each source's recurring lines, and stores
// them in the data folder, where every later clean and import uses them.
public static class LearnBoilerplateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Corpus files or folders, in any format import reads.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("learn-boilerplate", "Learn each source's recurring lines from a corpus into DATA/boilerplate.json; " +
            "clean, import and the app (after a restart) then drop them.") { paths };
        StoreOptions.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(paths)!, StoreOptions.Configuration(parse)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, IConfiguration configuration)
    {
        var settings = StoreSettings.From(configuration);
        var learner = new BoilerplateLearner();
        int read = 0, failed = 0;
        foreach (var item in paths.SelectMany(ArticleSourceReader.Read))
        {
            if (item.Article is { } a)
            {
                learner.Add(a.Source, a.Text);
                read++;
            }
            else
            {
                failed++;
                Console.Error.WriteLine($"failed: {item.Origin}: {item.Error}");
            }
        }
        var learned = learner.Build();
        BoilerplateFile.Save(settings, learned);
        foreach (var (source, lines) in learned.Sources.Where(s => s.Value.Count > 0).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{source}: {lines.Count} line(s)");
            foreach (var l in lines.Take(5))
            {
                Console.WriteLine($"  {l.Count,6}  {l.Shape}");
            }
        }
        Console.WriteLine($"learned from {read} articles ({failed} unreadable); saved to {BoilerplateFile.PathIn(settings)}");
        return read == 0 ? 1 : 0;
    }
}

using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;

namespace BlazorReader.Cli.Commands;

// `learn-boilerplate PATH…`: reads a corpus, learns each source's recurring lines, and stores
// them in the data folder, where every later clean and import uses them.
public static class LearnBoilerplateCommand
{
    public static int Run(CommandLine line)
    {
        if (line.Arguments.Count == 0)
        {
            throw new UsageException("learn-boilerplate needs at least one file or folder.");
        }
        var settings = StoreSettings.From(line.Configuration());
        var learner = new BoilerplateLearner();
        int read = 0, failed = 0;
        foreach (var item in line.Arguments.SelectMany(ArticleSourceReader.Read))
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

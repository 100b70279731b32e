using System.Text.Json;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;

namespace BlazorReader.Cli.Commands;

// `clean FILE [--json]`: the cleaner on one raw article, for scripts and for eyes.
public static class CleanCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (line.Arguments.Count != 1)
        {
            throw new UsageException("clean needs exactly one file.");
        }
        if (Directory.Exists(line.Arguments[0]))
        {
            stderr.WriteLine($"error: {line.Arguments[0]} is a folder; clean takes one raw article file (import takes folders).");
            return 1;
        }
        var item = ArticleSourceReader.Read(line.Arguments[0]).FirstOrDefault();
        if (item?.Article is not { } raw)
        {
            stderr.WriteLine($"error: {line.Arguments[0]}: {item?.Error ?? "nothing could be read"}");
            return 1;
        }
        var cleaned = new ArticleCleaner(BoilerplateFile.Load(StoreSettings.From(line.Configuration()))).Clean(raw);
        if (line.Has("--json"))
        {
            stdout.WriteLine(JsonSerializer.Serialize(CleanResultJson.From(cleaned), Json));
        }
        else
        {
            WriteReport(cleaned, stdout);
        }
        return 0;
    }

    private static void WriteReport(CleanedArticle c, TextWriter o)
    {
        o.WriteLine($"# {c.Title}{(c.TitleDerived ? "   (title derived from the lead)" : "")}");
        o.WriteLine($"date: {c.PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}{(c.PublishedAtInferred ? " (inferred)" : "")}");
        o.WriteLine();
        o.WriteLine(c.Markdown);
        o.WriteLine($"--- removed ({c.Removed.Count}) ---");
        foreach (var r in c.Removed)
        {
            o.WriteLine($"[{r.Reason}] {r.Text}");
        }
        o.WriteLine($"--- teasers ({c.Teasers.Count}) ---");
        foreach (var t in c.Teasers)
        {
            o.WriteLine(t.Text);
        }
    }
}

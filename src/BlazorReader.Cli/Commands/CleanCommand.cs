using System.CommandLine;
using System.Text.Json;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using Microsoft.Extensions.Configuration;

namespace BlazorReader.Cli.Commands;

// `clean FILE [--json]`: the cleaner on one raw article, for scripts and for eyes.
public static class CleanCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "One raw article: .txt, .json, .jsonl or .html." };
        var json = new Option<bool>("--json")
        {
            Description = "Print JSON: title, titleDerived, byline, dateline, attribution, publishedAt, " +
                "publishedAtInferred, blocks, teasers, removed, markdown.",
        };
        var command = new Command("clean", "Run the cleaner on one raw article and print the result.") { file, json };
        StoreOptions.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), StoreOptions.Configuration(parse),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string file, bool json, IConfiguration configuration, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (Directory.Exists(file))
        {
            stderr.WriteLine($"error: {file} is a folder; clean takes one raw article file (import takes folders).");
            return 1;
        }
        var item = ArticleSourceReader.Read(file).FirstOrDefault();
        if (item?.Article is not { } raw)
        {
            stderr.WriteLine($"error: {file}: {item?.Error ?? "nothing could be read"}");
            return 1;
        }
        var cleaned = new ArticleCleaner(BoilerplateFile.Load(StoreSettings.From(configuration))).Clean(raw);
        if (json)
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

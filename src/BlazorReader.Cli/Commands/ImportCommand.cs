using System.CommandLine;
using System.CommandLine.Parsing;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Importing;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace BlazorReader.Cli.Commands;

public static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = ".txt, .md (front matter, pictures beside it), .json or .jsonl (corpus format), .zip or .html files, or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var status = new Option<ArticleStatus>("--status")
        {
            Description = "The status of the articles it makes.",
            HelpName = "published|draft|hidden",
            DefaultValueFactory = _ => ArticleStatus.Published,
            CustomParser = ParseStatus,
        };
        status.CompletionSources.Clear();
        status.CompletionSources.Add("published", "draft", "hidden");
        var command = new Command("import", "Import articles: idempotent (source URL, else content hash) and resumable, " +
            "with a summary at the end; exit code 1 when any item failed.") { paths, status };
        StoreOptions.AddTo(command);
        command.SetAction((parse, _) => RunAsync(parse.GetValue(paths)!, parse.GetValue(status), StoreOptions.Configuration(parse)));
        return command;
    }

    private static ArticleStatus ParseStatus(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (!Enum.TryParse<ArticleStatus>(text, ignoreCase: true, out var status))
        {
            result.AddError($"--status '{text}' is not one of published, draft, hidden.");
        }
        return status;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, ArticleStatus status, IConfiguration configuration)
    {
        var store = await CliStore.OpenAsync(configuration, migrate: true);
        var importer = new ArticleImporter(store.Contexts, new ArticleCleaner(BoilerplateFile.Load(store.Settings)), TimeProvider.System);
        var items = paths.SelectMany(ArticleSourceReader.Read);
        var origin = string.Join(", ", paths.Select(Path.GetFileName));
        // The run is recorded in the store, so editors see CLI imports on the dashboard too.
        var (_, summary) = await new ImportRunLog(store.Contexts, TimeProvider.System).RecordAsync(origin, UserCommand.ActorName, recorded =>
            Console.IsOutputRedirected
                ? importer.ImportAsync(items, status, new Tee(recorded, PrintProgress))
                : ImportWithBarAsync(importer, paths, status, recorded));
        foreach (var warning in summary.Warnings)
        {
            Console.Error.WriteLine($"warning: {warning.Origin}: {warning.Message}");
        }
        foreach (var error in summary.Errors)
        {
            Console.Error.WriteLine($"failed: {error.Origin}: {error.Message}");
        }
        var noBody = summary.NoBody > 0 ? $" ({summary.NoBody} with no body left after cleaning)" : "";
        Console.WriteLine($"imported {summary.Imported}, updated {summary.Updated}, skipped {summary.Skipped}{noBody}, " +
            $"failed {summary.Failed} in {summary.Elapsed.TotalSeconds:0.0} s ({summary.ArticlesPerSecond:0} articles/s)");
        return summary.Failed > 0 ? 1 : 0;
    }

    private static void PrintProgress(ImportSummary s) =>
        Console.WriteLine($"progress: {s.Processed} processed ({s.Imported} new, {s.Updated} updated, {s.Skipped} skipped, {s.Failed} failed)");

    // The bar counts input files (known before any is parsed); its label counts articles.
    private static async Task<ImportSummary> ImportWithBarAsync(ArticleImporter importer, IReadOnlyList<string> paths, ArticleStatus status,
        IProgress<ImportSummary> recorded)
    {
        var files = paths.SelectMany<string, string>(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => !ArticleSourceReader.IsPicture(f)).Order(StringComparer.Ordinal)
            : [p]).ToList();
        ImportSummary? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var bar = ctx.AddTask("importing", maxValue: Math.Max(1, files.Count));
                var progress = new Tee(recorded, p => bar.Description =
                    $"{p.Processed} articles ({p.Imported} new, {p.Updated} updated, {p.Skipped} skipped, {p.Failed} failed)");
                result = await importer.ImportAsync(files.SelectMany(f => CountWhenRead(ArticleSourceReader.Read(f), bar)), status, progress);
                bar.Value = bar.MaxValue;
            });
        return result!;
    }

    private sealed class Tee(IProgress<ImportSummary> first, Action<ImportSummary> second) : IProgress<ImportSummary>
    {
        public void Report(ImportSummary value)
        {
            first.Report(value);
            second(value);
        }
    }

    private static IEnumerable<ImportItem> CountWhenRead(IEnumerable<ImportItem> items, ProgressTask bar)
    {
        foreach (var item in items)
        {
            yield return item;
        }
        bar.Increment(1);
    }
}

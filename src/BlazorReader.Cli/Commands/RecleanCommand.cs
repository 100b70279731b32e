using System.CommandLine;
using System.Diagnostics;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace BlazorReader.Cli.Commands;

// `reclean [--dry-run]`: every article an older cleaner wrote, cleaned again with this one.
// The app never does this on its own: a new cleaner changes many articles at once, and an
// operator chooses when, after reading a dry run.
public static class RecleanCommand
{
    public static Command Create()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Change nothing (the schema included) and print what a run would change." };
        var command = new Command("reclean", $"Clean again every article an older cleaner wrote (this cleaner is version {ArticleCleaner.Version}), " +
            "in batches that commit on their own: stopped, run it again; with nothing left, it does nothing. Articles an editor " +
            "changed are skipped and left for the admin's review. Prints what changed, per reason, and 10 sample diffs.") { dryRun };
        StoreOptions.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(dryRun), StoreOptions.Configuration(parse), ct));
        return command;
    }

    public static async Task<int> RunAsync(bool dryRun, IConfiguration configuration, CancellationToken ct)
    {
        var store = await CliStore.OpenAsync(configuration, migrate: !dryRun);
        if (dryRun)
        {
            await EnsureMigratedAsync(store, ct);
        }
        var cleaner = new ArticleCleaner(BoilerplateFile.Load(store.Settings));
        var run = new RecleanRun(new RecleanPlanner(store.Contexts, cleaner), new ArticleChanges(store.Contexts, TimeProvider.System, cleaner));
        var watch = Stopwatch.StartNew();
        var seen = 0;
        RecleanReport report;
        try
        {
            report = Console.IsOutputRedirected
                ? await run.RunAsync(dryRun, r =>
                {
                    seen = r.Seen;
                    Console.WriteLine(RecleanReportText.Progress(r));
                }, ct)
                : await RunWithBarAsync(run, dryRun, r => seen = r.Seen, ct);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"stopped after {seen} articles; every batch before the one in flight is written. " +
                "Run reclean again to finish.");
            return 1;
        }
        RecleanReportText.Write(Console.Out, report, dryRun, watch.Elapsed);
        foreach (var failed in report.Held.Where(h => h.Outcome == RecleanOutcome.Failed))
        {
            await Console.Error.WriteLineAsync($"failed: #{failed.Id}: {failed.Reason}");
        }
        return report.Outcomes.ContainsKey(RecleanOutcome.Failed) ? 1 : 0;
    }

    // On a terminal, a bar over the articles waiting when the run began; redirected, a line a batch.
    private static async Task<RecleanReport> RunWithBarAsync(RecleanRun run, bool dryRun, Action<RecleanReport> seen, CancellationToken ct)
    {
        RecleanReport? report = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var bar = ctx.AddTask(dryRun ? "planning" : "cleaning again", maxValue: 1);
                report = await run.RunAsync(dryRun, r =>
                {
                    seen(r);
                    (bar.MaxValue, bar.Value) = (Math.Max(1, r.Waiting), r.Seen);
                    bar.Description = Markup.Escape(RecleanReportText.Outcomes(r));
                }, ct);
                bar.Value = bar.MaxValue;
            });
        return report!;
    }

    // A dry run does not migrate, so it reads only a store already at this version.
    private static async Task EnsureMigratedAsync(CliStore store, CancellationToken ct)
    {
        await using var db = await store.Contexts.CreateDbContextAsync(ct);
        if (!await db.Database.CanConnectAsync(ct) || (await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            throw new InvalidOperationException("the store is not at this version's schema; a dry run changes nothing, so run `migrate` first.");
        }
    }
}

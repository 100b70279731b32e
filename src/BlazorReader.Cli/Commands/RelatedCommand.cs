using System.CommandLine;
using System.Globalization;
using BlazorReader.Data;
using BlazorReader.Data.Leases;
using BlazorReader.Data.Related;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace BlazorReader.Cli.Commands;

// `related --rebuild`: recomputes every article's story and related list from the store.
public static class RelatedCommand
{
    public static Command Create()
    {
        var rebuild = new Option<bool>("--rebuild") { Description = "Recompute every list (the only thing this command does, asked for by name)." };
        var command = new Command("related", "Recompute every article's related list; the app keeps lists current on its own.") { rebuild };
        command.Validators.Add(result =>
        {
            if (!result.GetValue(rebuild))
            {
                result.AddError("related needs --rebuild.");
            }
        });
        StoreOptions.AddTo(command);
        command.SetAction((parse, _) => RunAsync(StoreOptions.Configuration(parse)));
        return command;
    }

    public static async Task<int> RunAsync(IConfiguration configuration)
    {
        var (count, seconds) = await RebuildAsync(configuration);
        Console.WriteLine($"rebuilt {count} related lists in {seconds:0.0} s");
        return 0;
    }

    // Stories and lists come from one in-memory index, so this one rebuild makes both; it
    // records the change-log position the app's follower then continues from.
    internal static async Task<(int Lists, double Seconds)> RebuildAsync(IConfiguration configuration, Func<ReaderDbContext, Task>? then = null)
    {
        var store = await CliStore.OpenAsync(configuration, migrate: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var db = await store.Contexts.CreateDbContextAsync();
        var end = await db.ChangeLog.MaxAsync(c => (long?)c.Sequence) ?? 0;
        using var related = new RelatedStoryService(store.Contexts);
        var count = await related.RebuildAllAsync(
            new Progress<int>(n => Console.WriteLine($"progress: {n} related lists")), CancellationToken.None,
            new Progress<int>(n => Console.WriteLine($"progress: {n} articles grouped into stories in {watch.Elapsed.TotalSeconds:0.0} s")));
        await File.WriteAllTextAsync(Path.Combine(store.Settings.DataDirectory, RelatedStoryService.PositionFile), end.ToString(CultureInfo.InvariantCulture));
        await WriterLeases.RecordRebuiltAsync(db, WriterLeases.RelatedLists, end, CancellationToken.None);
        if (then is not null)
        {
            await then(db);
        }
        return (count, watch.Elapsed.TotalSeconds);
    }
}

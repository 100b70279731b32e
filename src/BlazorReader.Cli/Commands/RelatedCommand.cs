using System.Globalization;
using BlazorReader.Data.Related;

namespace BlazorReader.Cli.Commands;

// `related --rebuild`: recomputes every article's related list from the store.
public static class RelatedCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        if (!line.Has("--rebuild"))
        {
            throw new UsageException("related needs --rebuild.");
        }
        var store = await CliStore.OpenAsync(line, migrate: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var db = await store.Contexts.CreateDbContextAsync();
        var end = db.ChangeLog.Max(c => (long?)c.Sequence) ?? 0;
        var count = await new RelatedStoryService(store.Contexts).RebuildAllAsync(
            new Progress<int>(n => Console.WriteLine($"progress: {n} lists")), CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(store.Settings.DataDirectory, "related-applied-sequence.txt"), end.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine($"rebuilt {count} related lists in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}

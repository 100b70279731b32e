using System.CommandLine;
using BlazorReader.Search.Following;
using Microsoft.Extensions.Configuration;

namespace BlazorReader.Cli.Commands;

// `index snapshot DIR`: the data folder's search index (the app may be running) and the
// change-log positions it and the related lists reflect, for new instances to start from
// (Index:Snapshot) instead of rebuilding. With no index in the data folder, one is built
// from the store into DIR.
public static class IndexCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "A new or empty folder to write the snapshot into." };
        var snapshot = new Command("snapshot", "Write the search index and the log positions it reflects into DIR, for new instances to start from.")
        {
            folder,
        };
        StoreOptions.AddTo(snapshot);
        snapshot.SetAction((parse, ct) => RunAsync(StoreOptions.Configuration(parse), parse.GetValue(folder)!, ct));
        return new Command("index", "The search index's snapshots.") { snapshot };
    }

    public static async Task<int> RunAsync(IConfiguration configuration, string target, CancellationToken ct)
    {
        var store = await CliStore.OpenAsync(configuration, migrate: false);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var db = await store.Contexts.CreateDbContextAsync(ct);
        try
        {
            var taken = await IndexSnapshot.TakeAsync(db, store.Settings.DataDirectory, Path.GetFullPath(target), ct);
            var related = taken.RelatedPosition is { } r ? $", related lists at {r}" : ", no related position (a new instance rebuilds the lists)";
            Console.WriteLine($"snapshot of {taken.Articles} articles at change {taken.Position}{related}, in {watch.Elapsed.TotalSeconds:0.0} s: {target}");
            return 0;
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }
}

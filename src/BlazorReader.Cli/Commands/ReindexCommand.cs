using System.CommandLine;
using BlazorReader.Search;
using BlazorReader.Search.Following;
using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;

namespace BlazorReader.Cli.Commands;

// Rebuilds the data folder's search index from the store. The running app owns that index
// while it runs, so it must be stopped first (Lucene's write lock says so).
public static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the data folder's search index from the store (stop the app first).");
        StoreOptions.AddTo(command);
        command.SetAction((parse, _) => RunAsync(StoreOptions.Configuration(parse)));
        return command;
    }

    public static async Task<int> RunAsync(IConfiguration configuration)
    {
        var store = await CliStore.OpenAsync(configuration, migrate: true);
        var folder = Path.Combine(store.Settings.DataDirectory, StoreIndexer.FolderName);
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        ArticleIndex index;
        try
        {
            index = ArticleIndex.OpenFolder(System.IO.Directory.CreateDirectory(folder).FullName);
        }
        catch (LockObtainFailedException)
        {
            await Console.Error.WriteLineAsync("error: the search index is in use by a running app; stop it and run reindex again.");
            return 1;
        }
        using (index)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await using var db = await store.Contexts.CreateDbContextAsync();
            var count = await new StoreIndexer(index, folder).RebuildAsync(db,
                new Progress<int>(n => Console.WriteLine($"progress: {n} articles indexed")), CancellationToken.None);
            Console.WriteLine($"indexed {count} articles in {watch.Elapsed.TotalSeconds:0.0} s");
        }
        return 0;
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BlazorReader.Bench.Common;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Leases;
using BlazorReader.Data.Related;
using BlazorReader.Search;
using BlazorReader.Search.Following;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Bench.Web;

// A new instance joining a store that holds the corpus: until /healthz/ready answers 200,
// a load balancer sends it nothing. Without a snapshot it builds its search index and the
// related lists from the store; with one (`cli index snapshot`) it copies the index and
// replays only the log after it. Both in one run, the rebuild as the baseline.
public static class FirstStartBenchmark
{
    public static Command CreateCommand()
    {
        var corpus = CorpusArgument.Create();
        var command = new Command("first-start", "Time to ready of a new instance over the corpus: from an index snapshot against a rebuild.") { corpus };
        WebBuild.Require(command);
        command.SetAction((parse, _) => RunAsync(parse.GetValue(corpus)!, WebBuild.Folder()!, parse.InvocationConfiguration.Output));
        return command;
    }

    public static async Task<int> RunAsync(string corpus, string webOutput, TextWriter output)
    {
        var root = Directory.CreateTempSubdirectory("br-bench-start-").FullName;
        try
        {
            var store = Directory.CreateDirectory(Path.Combine(root, "store")).FullName;
            var contexts = await StoreInitializer.OpenAsync(StoreSettings.ForSqliteFolder(store));
            var summary = await new ArticleImporter(contexts, new ArticleCleaner(), TimeProvider.System)
                .ImportAsync(ArticleSourceReader.Read(corpus), ArticleStatus.Published);
            output.WriteLine($"imported {summary.Imported} articles in {summary.Elapsed.TotalSeconds:0.0} s");
            await PrepareRunningInstanceAsync(contexts, store);
            var snapshot = Path.Combine(root, "snapshot");
            var watch = Stopwatch.StartNew();
            await using (var db = await contexts.CreateDbContextAsync())
            {
                var taken = await IndexSnapshot.TakeAsync(db, store, snapshot, CancellationToken.None);
                output.WriteLine($"snapshot of {taken.Articles} articles taken in {watch.Elapsed.TotalSeconds:0.0} s ({FolderMb(snapshot)} MB)");
            }
            SqliteConnection.ClearAllPools();
            var database = $"Data Source={Path.Combine(store, "blazorreader.db")};Default Timeout=30";
            var rebuilt = await TimeToReadyAsync(webOutput, Path.Combine(root, "rebuilds"), database, snapshot: null);
            var restored = await TimeToReadyAsync(webOutput, Path.Combine(root, "restores"), database, snapshot);
            // The floor: the same instance started again over the index it now holds.
            var restarted = await TimeToReadyAsync(webOutput, Path.Combine(root, "restores"), database, snapshot: null);
            output.WriteLine($"new instance ready, rebuilding index and related lists from the store: {rebuilt:0.0} s");
            output.WriteLine($"new instance ready, from the snapshot: {restored:0.0} s ({Ratio(restored, rebuilt)}x the rebuild's time)");
            output.WriteLine($"the same instance restarted over its own index: {restarted:0.0} s (the snapshot's start is {Ratio(restored, restarted)}x a restart's)");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    // The instance already serving: its index built and its related lists current.
    private static async Task PrepareRunningInstanceAsync(IDbContextFactory<ReaderDbContext> contexts, string data)
    {
        var folder = Directory.CreateDirectory(Path.Combine(data, StoreIndexer.FolderName)).FullName;
        await using var db = await contexts.CreateDbContextAsync();
        using (var index = ArticleIndex.OpenFolder(folder))
        {
            await new StoreIndexer(index, folder).RebuildAsync(db, null, CancellationToken.None);
            index.WaitForMerges();
        }
        using var related = new RelatedStoryService(contexts);
        await related.RebuildAllAsync(null, CancellationToken.None);
        var end = await db.ChangeLog.MaxAsync(c => (long?)c.Sequence) ?? 0;
        await File.WriteAllTextAsync(Path.Combine(data, RelatedStoryService.PositionFile), end.ToString(CultureInfo.InvariantCulture));
        await WriterLeases.RecordRebuiltAsync(db, WriterLeases.RelatedLists, end, CancellationToken.None);
    }

    private static async Task<double> TimeToReadyAsync(string webOutput, string data, string database, string? snapshot)
    {
        var url = $"http://127.0.0.1:{5900 + Random.Shared.Next(90)}";
        var info = new ProcessStartInfo("dotnet", ["BlazorReader.Web.dll", "--urls", url]) { WorkingDirectory = webOutput };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Storage__DataDirectory"] = data;
        info.Environment["ConnectionStrings__BlazorReader"] = database;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        if (snapshot is not null)
        {
            info.Environment["Index__Snapshot"] = snapshot;
        }
        var watch = Stopwatch.StartNew();
        using var app = Process.Start(info)!;
        using var http = new HttpClient();
        try
        {
            while (!await IsReadyAsync(http, url + "/healthz/ready"))
            {
                if (app.HasExited)
                {
                    throw new InvalidOperationException($"the app stopped with exit code {app.ExitCode} before it was ready");
                }
                await Task.Delay(100);
            }
            return watch.Elapsed.TotalSeconds;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, string url)
    {
        try
        {
            using var response = await http.GetAsync(url);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static string Ratio(double a, double b) => (a / b).ToString("0.00", CultureInfo.InvariantCulture);

    private static long FolderMb(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1_000_000;
}

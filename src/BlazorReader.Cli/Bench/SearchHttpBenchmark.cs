using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BlazorReader.Cli.Bench;

// `bench search-http CORPUS`: the whole corpus imported into a fresh data folder, the app
// started as in production, its index built, then /api/search under 4 concurrent clients
// (wrk, 20 s, queries from real titles) and the app's resident memory.
public static partial class SearchHttpBenchmark
{
    public static async Task<int> RunAsync(string corpus, string webOutput, TextWriter output)
    {
        var data = Directory.CreateTempSubdirectory("br-bench-search-").FullName;
        var settings = StoreSettings.ForSqliteFolder(data);
        var options = new DbContextOptionsBuilder<ReaderDbContext>();
        StoreRegistration.Configure(options, settings);
        var contexts = new PooledDbContextFactory<ReaderDbContext>(options.Options);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await StoreInitializer.MigrateAsync(db, settings);
        }
        var summary = await new ArticleImporter(contexts, new ArticleCleaner(), TimeProvider.System)
            .ImportAsync(ArticleSourceReader.Read(corpus), ArticleStatus.Published);
        SqliteConnection.ClearAllPools();
        output.WriteLine($"imported {summary.Imported} articles in {summary.Elapsed.TotalSeconds:0.0} s");

        var url = $"http://127.0.0.1:{5900 + Random.Shared.Next(90)}";
        var info = new ProcessStartInfo("dotnet", ["BlazorReader.Web.dll", "--urls", url]) { WorkingDirectory = webOutput, RedirectStandardOutput = true };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Storage__DataDirectory"] = data;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        using var app = Process.Start(info)!;
        using var http = new HttpClient();
        var watch = Stopwatch.StartNew();
        while (!(await TryGetAsync(http, url + "/api/search?q=x")).Contains("\"building\":false", StringComparison.Ordinal))
        {
            await Task.Delay(250);
        }
        output.WriteLine($"index built by the app from the change log in {watch.Elapsed.TotalSeconds:0.0} s");

        var script = Path.Combine(data, "queries.lua");
        await File.WriteAllTextAsync(script, LuaScript(ArticleSourceReader.Read(corpus).Select(i => i.Article?.Title).OfType<string>().ToList()));
        var wrk = Process.Start(new ProcessStartInfo("/usr/bin/wrk", ["-t2", "-c4", "-d20s", "--latency", "-s", script, url]) { RedirectStandardOutput = true })!;
        var text = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        foreach (Match m in Percentile().Matches(text))
        {
            output.WriteLine($"/api/search p{m.Groups[1].Value}: {m.Groups[2].Value}{m.Groups[3].Value}");
        }
        output.WriteLine("requests/s: " + RequestsPerSecond().Match(text).Groups[1].Value);
        var rss = File.ReadAllLines($"/proc/{app.Id}/status").First(l => l.StartsWith("VmRSS", StringComparison.Ordinal));
        output.WriteLine($"app memory with the full corpus: {rss.Split(':')[1].Trim()}");
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
        Directory.Delete(data, recursive: true);
        return 0;
    }

    private static async Task<string> TryGetAsync(HttpClient http, string url)
    {
        try
        {
            return await http.GetStringAsync(url);
        }
        catch (HttpRequestException)
        {
            return "";
        }
    }

    // Three or four words from real titles, in turn, so the cache of one query proves nothing.
    private static string LuaScript(List<string> titles)
    {
        var rnd = new Random(7);
        var queries = titles.OrderBy(_ => rnd.Next()).Take(500)
            .Select(t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3 + rnd.Next(2))))
            .Select(q => "\"" + Uri.EscapeDataString(q) + "\"");
        var sb = new StringBuilder("local q = {").AppendJoin(",", queries).Append("}\nlocal i = 0\n");
        sb.Append("request = function()\n  i = i + 1\n  return wrk.format(\"GET\", \"/api/search?q=\" .. q[(i % #q) + 1])\nend\n");
        return sb.ToString();
    }

    [GeneratedRegex(@"\n\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)")]
    private static partial Regex Percentile();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();
}

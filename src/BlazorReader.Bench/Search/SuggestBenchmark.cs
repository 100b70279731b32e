using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BlazorReader.Bench.Common;
using BlazorReader.Core.Arabic;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using BlazorReader.Search;
using BlazorReader.Search.Completion;
using BlazorReader.Search.Following;
using BlazorReader.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Bench.Search;

// `bench suggest CORPUS`: search as you type over the whole corpus. In process: building the
// completion set, one lookup per keystroke of real headlines (TypingSample) against the
// index's own prefix query on headline words (Lucene PrefixQuery, top 8) as the yardstick,
// the same at 4 threads, and the refresh after one edit. Over HTTP, the app started as in
// production: /api/suggest under 4 clients (wrk) against a static file from the same app.
public static partial class SuggestBenchmark
{
    private const int Headlines = 600;

    public static Command CreateCommand()
    {
        var corpus = CorpusArgument.Create();
        var command = new Command("suggest", "Search-as-you-type completions: lookup and /api/suggest p95 against baselines, with the full corpus.") { corpus };
        WebBuild.Require(command);
        WebBuild.RequireWrk(command);
        command.SetAction((parse, _) => RunAsync(parse.GetValue(corpus)!, WebBuild.Folder()!, parse.InvocationConfiguration.Output));
        return command;
    }

    public static async Task<int> RunAsync(string corpus, string webOutput, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var data = Directory.CreateTempSubdirectory("br-bench-suggest-").FullName;
        var contexts = await StoreInitializer.OpenAsync(StoreSettings.ForSqliteFolder(data));
        var summary = await new ArticleImporter(contexts, new ArticleCleaner(), TimeProvider.System)
            .ImportAsync(ArticleSourceReader.Read(corpus), ArticleStatus.Published);
        output.WriteLine($"imported {summary.Imported} articles in {summary.Elapsed.TotalSeconds:0.0} s");
        var typed = TypingSample.From([.. ArticleSourceReader.Read(corpus).Select(i => i.Article?.Title).OfType<string>()], Headlines, seed: 7);
        output.WriteLine($"{typed.Count} keystrokes typed from {Headlines} headlines");

        var folder = Directory.CreateDirectory(Path.Combine(data, "index")).FullName;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            using var index = ArticleIndex.OpenFolder(folder);
            await new StoreIndexer(index, folder).RebuildAsync(db, null, CancellationToken.None);
            index.WaitForMerges();
            await InProcessAsync(index, db, typed, output);
            var end = await db.ChangeLog.MaxAsync(c => (long?)c.Sequence) ?? 0;
            await File.WriteAllTextAsync(Path.Combine(data, Data.Related.RelatedStoryService.PositionFile), end.ToString(CultureInfo.InvariantCulture));
        }
        SqliteConnection.ClearAllPools();
        await OverHttpAsync(data, webOutput, typed, output);
        Directory.Delete(data, recursive: true);
        return 0;
    }

    private static async Task InProcessAsync(ArticleIndex index, ReaderDbContext db, List<string> typed, TextWriter output)
    {
        var completions = new ArticleCompletions(index);
        var watch = Stopwatch.StartNew();
        completions.Refresh();
        var (phrases, headlines) = completions.Size();
        output.WriteLine($"completion set built in {watch.ElapsedMilliseconds} ms: {phrases} phrases, {headlines} headlines; managed heap {GC.GetTotalMemory(true) / 1048576} MB");

        // Warm both paths, then measure them in turn over the same keystrokes.
        var offered = typed.Sum(q => completions.Suggest(q).Count);
        output.WriteLine($"completions offered: {offered / (double)typed.Count:0.0} a keystroke on average, none for {typed.Count(q => completions.Suggest(q).Count == 0)} of {typed.Count}");
        typed.ForEach(q => PrefixBaseline(index, q));
        var ours = LatencyFigures.Of([.. typed.Select(q => Time(() => completions.Suggest(q)))]);
        var baseline = LatencyFigures.Of([.. typed.Select(q => Time(() => PrefixBaseline(index, q)))]);
        output.WriteLine($"lookup, one thread:       {ours}");
        output.WriteLine($"Lucene PrefixQuery top 8: {baseline}");
        output.WriteLine($"  p95 ratio {ours.P95 / baseline.P95:0.00}");

        var timings = new ConcurrentBag<long>();
        Parallel.ForEach(typed, new ParallelOptions { MaxDegreeOfParallelism = 4 }, q => timings.Add(Time(() => completions.Suggest(q))));
        output.WriteLine($"lookup, 4 threads:        {LatencyFigures.Of([.. timings])}");

        // An editor's save: the index commits one changed article, the set is rebuilt beside it.
        var article = await db.Articles.AsNoTracking().Include(a => a.Tags).OrderBy(a => a.Id).FirstAsync();
        index.Upsert(StoreIndexer.DocumentOf(article) with { Title = article.Title + " (محدث)" });
        index.Commit();
        watch.Restart();
        completions.Refresh();
        output.WriteLine($"refresh after one edit: {watch.ElapsedMilliseconds} ms (in the background: lookups meanwhile answer from the previous set)");
    }

    // The engine's own answer to a prefix: headlines holding a word that starts with the last word typed.
    private static int PrefixBaseline(ArticleIndex index, string typed)
    {
        var words = ArabicTokenizer.Tokenize(typed).ToList();
        if (words.Count == 0)
        {
            return 0;
        }
        var prefix = ArabicNormalizer.Normalize(words[^1].Text);
        return index.WithSearcher(s => s.Search(new PrefixQuery(new Term(SearchFields.TitleSurface, prefix)), 8).TotalHits);
    }

    private static long Time(Action run)
    {
        var start = Stopwatch.GetTimestamp();
        run();
        return Stopwatch.GetTimestamp() - start;
    }

    private static long Time<T>(Func<T> run) => Time(() => { _ = run(); });

    private static async Task OverHttpAsync(string data, string webOutput, List<string> typed, TextWriter output)
    {
        var url = $"http://127.0.0.1:{5800 + Random.Shared.Next(90)}";
        var info = new ProcessStartInfo("dotnet", ["BlazorReader.Web.dll", "--urls", url]) { WorkingDirectory = webOutput };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Storage__DataDirectory"] = data;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        using var app = Process.Start(info)!;
        using var http = new HttpClient();
        while (!(await TryGetAsync(http, url + "/api/search?q=x")).Contains("\"building\":false", StringComparison.Ordinal))
        {
            await Task.Delay(250);
        }
        var watch = Stopwatch.StartNew();
        await TryGetAsync(http, url + "/api/suggest?q=" + Uri.EscapeDataString("وزارة"));
        output.WriteLine($"app started; its first /api/suggest (building the set) took {watch.ElapsedMilliseconds} ms");

        var script = Path.Combine(data, "suggest.lua");
        await File.WriteAllTextAsync(script, LuaScript(typed));
        var staticScript = Path.Combine(data, "static.lua");
        await File.WriteAllTextAsync(staticScript, LuaScript(["/favicon.svg"], raw: true));
        // The first seconds compile the hot paths again, optimised: spent, then measured warm.
        await WrkAsync(script, url, seconds: 8);
        var suggest = await WrkAsync(script, url, seconds: 15);
        var favicon = await WrkAsync(staticScript, url, seconds: 15);
        var (suggestP95, faviconP95) = (NinetyFifthMs(suggest), NinetyFifthMs(favicon));
        output.WriteLine($"/api/suggest at 4 clients: p95 {suggestP95:0.00} ms, {RequestsPerSecond().Match(suggest).Groups[1].Value} requests/s");
        output.WriteLine($"/favicon.svg (static file) at 4 clients: p95 {faviconP95:0.00} ms, {RequestsPerSecond().Match(favicon).Groups[1].Value} requests/s");
        output.WriteLine($"  p95 ratio {suggestP95 / faviconP95:0.00}");
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
    }

    private static async Task<string> WrkAsync(string script, string url, int seconds)
    {
        using var wrk = Process.Start(new ProcessStartInfo(WebBuild.Wrk, ["-t2", "-c4", $"-d{seconds}s", "--latency", "-s", script, url]) { RedirectStandardOutput = true })!;
        var text = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return text;
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

    private static double NinetyFifthMs(string wrkOutput) => NinetyFifth().Match(wrkOutput) is { Success: true } p95
        ? double.Parse(p95.Groups[1].Value, CultureInfo.InvariantCulture) / 1000 : double.NaN;

    // Each keystroke in turn; wrk's own table stops at 50/75/90/99, the goal is at the 95th.
    private static string LuaScript(IReadOnlyList<string> typed, bool raw = false)
    {
        var paths = typed.Select(q => "\"" + (raw ? q : "/api/suggest?q=" + Uri.EscapeDataString(q)) + "\"");
        var sb = new StringBuilder("local p = {").AppendJoin(",", paths).Append("}\nlocal i = 0\n");
        sb.Append("request = function()\n  i = i + 1\n  return wrk.format(\"GET\", p[(i % #p) + 1])\nend\n");
        sb.Append("done = function(summary, latency, requests)\n  io.write(string.format(\"p95us %d\\n\", latency:percentile(95)))\nend\n");
        return sb.ToString();
    }

    [GeneratedRegex(@"p95us (\d+)")]
    private static partial Regex NinetyFifth();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();
}

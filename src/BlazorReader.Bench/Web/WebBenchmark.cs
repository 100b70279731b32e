using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using BlazorReader.Bench.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace BlazorReader.Bench.Web;

// `bench web`: the seed article page from the app started as in production, against the same
// HTML served as a static file by Kestrel, with wrk (64 connections, 20 s each) in one run;
// then a picture's variant read from the app's disk after its first request against the same
// bytes as a static file; then the article's page weight on a first and a next visit, compressed.
public static partial class WebBenchmark
{
    public static Command CreateCommand()
    {
        var command = new Command("web", "The article page against the same HTML as a static file (wrk), and its page weight.");
        WebBuild.Require(command);
        WebBuild.RequireWrk(command);
        command.SetAction((parse, _) => RunAsync(WebBuild.Folder()!, parse.InvocationConfiguration.Output));
        return command;
    }

    public static async Task<int> RunAsync(string webOutput, TextWriter output)
    {
        var data = Directory.CreateTempSubdirectory("br-bench-web-").FullName;
        using var app = StartApp(webOutput, data, out var appUrl);
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None });
        await WaitUntilUpAsync(http, appUrl);
        var home = await http.GetStringAsync(appUrl + "/");
        var path = LinkToArticle().Match(home).Groups[1].Value;
        var html = await http.GetStringAsync(appUrl + path);
        var staticRoot = Directory.CreateTempSubdirectory("br-bench-static-").FullName;
        await File.WriteAllTextAsync(Path.Combine(staticRoot, "article.html"), html);
        await using var staticServer = StaticServer(staticRoot);
        await staticServer.StartAsync();
        var staticUrl = staticServer.Urls.First();

        var page = Wrk(appUrl + path);
        var file = Wrk(staticUrl + "/article.html");
        output.WriteLine($"article page:  {page.RequestsPerSecond,10:0} req/s  p99 {page.P99Ms,6:0.0} ms");
        output.WriteLine($"static file:   {file.RequestsPerSecond,10:0} req/s  p99 {file.P99Ms,6:0.0} ms");
        output.WriteLine($"ratio page / static: {page.RequestsPerSecond / file.RequestsPerSecond:0.00}");

        var (variantPath, variantBytes, wrongPath) = await VariantBench.PrepareAsync(http, appUrl, data);
        await File.WriteAllBytesAsync(Path.Combine(staticRoot, "variant.webp"), variantBytes);
        var variant = Wrk(appUrl + variantPath);
        var variantFile = Wrk(staticUrl + "/variant.webp");
        output.WriteLine($"picture variant ({variantBytes.Length / 1024.0:0.0} KB): {variant.RequestsPerSecond,10:0} req/s  p99 {variant.P99Ms,6:0.0} ms");
        output.WriteLine($"same bytes, static file: {variantFile.RequestsPerSecond,10:0} req/s  p99 {variantFile.P99Ms,6:0.0} ms");
        output.WriteLine($"ratio variant / static: {variant.RequestsPerSecond / variantFile.RequestsPerSecond:0.00}");
        var wrong = Wrk(appUrl + wrongPath);
        output.WriteLine($"wrong hash, same picture (404): {wrong.RequestsPerSecond,10:0} req/s  p99 {wrong.P99Ms,6:0.0} ms");
        output.WriteLine($"ratio wrong hash / static: {wrong.RequestsPerSecond / variantFile.RequestsPerSecond:0.00}");

        var (first, next) = await PageWeightAsync(http, appUrl, path, html);
        output.WriteLine($"page weight, compressed: first visit {first / 1024.0:0.0} KB, next article {next / 1024.0:0.0} KB");
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
        Directory.Delete(staticRoot, recursive: true);
        Directory.Delete(data, recursive: true);
        return 0;
    }

    private sealed record WrkResult(double RequestsPerSecond, double P99Ms);

    private static WrkResult Wrk(string url)
    {
        var info = new ProcessStartInfo(WebBuild.Wrk, ["-t2", "-c64", "-d20s", "--latency", "-H", "Accept-Encoding: br", url]) { RedirectStandardOutput = true };
        using var wrk = Process.Start(info)!;
        var text = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        var rps = double.Parse(RequestsPerSecond().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var p99 = P99().Match(text);
        var value = double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture);
        return new WrkResult(rps, p99.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value });
    }

    // Everything a first visit downloads (HTML, stylesheets, script, the fonts the page uses),
    // and what the next article costs once those are cached: its HTML.
    private static async Task<(long First, long Next)> PageWeightAsync(HttpClient http, string appUrl, string path, string html)
    {
        long Size(HttpResponseMessage r) => r.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult().Length;
        async Task<long> Get(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
            return Size(await http.SendAsync(request));
        }
        var assets = Asset().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        var fonts = new[] { "fonts/noto-naskh-arabic-arabic-400-normal.woff2", "fonts/noto-naskh-arabic-arabic-700-normal.woff2" };
        long first = await Get(appUrl + path);
        foreach (var asset in assets.Where(a => !a.EndsWith(".woff2", StringComparison.Ordinal)).Concat(fonts))
        {
            first += await Get(appUrl + "/" + asset.TrimStart('/'));
        }
        return (first, await Get(appUrl + path));
    }

    private static Process StartApp(string webOutput, string data, out string url)
    {
        var port = 5400 + Random.Shared.Next(500);
        url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet", ["BlazorReader.Web.dll", "--urls", url]) { WorkingDirectory = webOutput, RedirectStandardOutput = true };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Storage__DataDirectory"] = data;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        return Process.Start(info)!;
    }

    private static async Task WaitUntilUpAsync(HttpClient http, string url)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await http.GetAsync(url + "/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("the app did not start within 30 s");
    }

    private static WebApplication StaticServer(string root)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddResponseCompression(o => o.EnableForHttps = true);
        var app = builder.Build();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root) });
        return app;
    }

    [GeneratedRegex("href=\"(/articles/[^\"]+)\"")]
    private static partial Regex LinkToArticle();

    [GeneratedRegex("(?:href|src)=\"([^\"]+\\.(?:css|js))\"")]
    private static partial Regex Asset();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"99%\s+([\d.]+)(us|ms|s)")]
    private static partial Regex P99();
}

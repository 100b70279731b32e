using System.Net;
using System.Text.RegularExpressions;

namespace BlazorReader.Web.Tests;

// Static web assets answer 200 with 0 bytes when the app runs from build output in
// Production and does not ask for them: count bytes, not just status codes.
public sealed partial class BuildOutputStaticAssetsTests(BuildOutputStaticAssetsTests.RunningApp running)
    : IClassFixture<BuildOutputStaticAssetsTests.RunningApp>
{
    private HttpClient Http => running.Client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // One process for the whole class: starting it is the slow part.
    public sealed class RunningApp : IAsyncLifetime
    {
        private BuildOutputApp? app;

        public HttpClient Client { get; private set; } = default!;

        public async ValueTask InitializeAsync()
        {
            app = await BuildOutputApp.StartAsync(CancellationToken.None);
            Client = new HttpClient { BaseAddress = app.Address };
        }

        // After a start that failed there is nothing to stop; the start's own error is the report.
        public async ValueTask DisposeAsync()
        {
            Client?.Dispose();
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Serves_every_stylesheet_and_font_the_page_links_with_real_bytes()
    {
        var html = await Http.GetStringAsync("/", Ct);
        var assets = AssetLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(assets, a => a.EndsWith(".woff2", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var bytes = await Http.GetByteArrayAsync(asset, Ct);
            Assert.True(bytes.Length > 100, $"{asset} answered {bytes.Length} bytes");
        }
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/fonts/noto-naskh-arabic-arabic-700-normal.woff2")]
    [InlineData("/robots.txt")]
    public async Task Serves_framework_and_static_files_with_real_bytes(string path)
    {
        var response = await Http.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync(Ct)).Length > 20, path);
    }

    [Fact]
    public async Task Shows_the_seed_article_from_the_build_output_seeds_folder()
    {
        var html = await Http.GetStringAsync("/", Ct);
        Assert.Contains("href=\"/articles/1/", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("""(?:href)="([^"]+\.(?:css|woff2))"|url\(([^)]+)\)""")]
    private static partial Regex AssetLink();
}

using System.Net;
using Microsoft.Data.Sqlite;

namespace BlazorReader.Web.Tests;

// What only the Production pipeline does (the other tests run in Development): HSTS, and
// unhandled errors shown as the app's own page.
public sealed class ProductionPipelineTests : AppTest
{
    protected override ReaderAppFactory CreateApp() => new(followChanges: false, environment: "Production");

    [Fact]
    public async Task Https_responses_carry_hsts()
    {
        // HSTS leaves localhost out by design, so the client names a host of its own.
        using var https = App.CreateClient(new() { BaseAddress = new Uri("https://reader.test") });
        var response = await https.GetAsync("/", Ct);
        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unhandled_error_is_a_500_in_the_apps_rtl_layout_with_the_search_box()
    {
        await Client.GetAsync("/healthz", Ct);
        // The store vanishes under the running app: the article page's first query throws.
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(App.DataDirectory, "blazorreader.db*"))
        {
            File.Delete(file);
        }
        Directory.CreateDirectory(Path.Combine(App.DataDirectory, "blazorreader.db"));

        var response = await Client.GetAsync("/articles/1/x", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("حدث خطأ", html, StringComparison.Ordinal);
        Assert.Contains("role=\"search\"", html, StringComparison.Ordinal);
    }
}

using System.Net;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Tests.Telemetry;

public sealed class MetricsOffTests : AppTest
{
    [Fact]
    public async Task Metrics_are_not_served_by_default()
    {
        var response = await Client.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

// Telemetry:Prometheus on; requests come from the address each test names.
public sealed class MetricsEndpointTests : IAsyncLifetime
{
    private readonly ReaderAppFactory app = new(settings: new Dictionary<string, string>
    {
        ["Telemetry:Prometheus"] = "true",
        ["Telemetry:AllowFrom:0"] = "::1",
        ["Telemetry:AllowFrom:1"] = "127.0.0.1",
        ["Telemetry:AllowFrom:2"] = "10.8.0.0/16",
    });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Serves_the_apps_instruments_in_prometheus_text_to_a_listed_address()
    {
        var local = RemoteAddress.From(app, "127.0.0.1");
        using var client = local.CreateClient();
        await local.Services.GetRequiredService<ArticleImporter>().ImportAsync(
            ArticleSourceReader.Read(ReaderAppFactory.SeedDirectory), ArticleStatus.Published, ct: Ct);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("قره زرافة"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=" + Uri.EscapeDataString("قره باغ"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/1", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/1", Ct)).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");

        using var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("blazorreader_search_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("surface=\"api\"", text, StringComparison.Ordinal);
        Assert.Contains("surface=\"page\"", text, StringComparison.Ordinal);
        Assert.Contains("blazorreader_search_extra_passes_total{", text, StringComparison.Ordinal);
        Assert.Contains("blazorreader_import_articles_total{", text, StringComparison.Ordinal);
        Assert.Contains("outcome=\"skipped\"", text, StringComparison.Ordinal);
        Assert.Contains("blazorreader_page_cache_lookups_total{", text, StringComparison.Ordinal);
        Assert.Contains("result=\"hit\"", text, StringComparison.Ordinal);
        Assert.Contains("result=\"miss\"", text, StringComparison.Ordinal);
        Assert.Contains("blazorreader_changelog_behind{", text, StringComparison.Ordinal);
        Assert.Contains("blazorreader_changelog_open_gaps{", text, StringComparison.Ordinal);
        Assert.Contains("consumer=\"StoreIndexer\"", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("microsoft_entityframeworkcore_", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.9.0.1")]
    [InlineData("192.168.1.20")]
    [InlineData("2001:db8::1")]
    public async Task Answers_an_address_not_listed_with_a_bare_403(string address)
    {
        using var client = RemoteAddress.From(app, address).CreateClient();

        using var response = await client.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Theory]
    [InlineData("10.8.3.4")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Answers_an_address_in_a_listed_network(string address)
    {
        using var client = RemoteAddress.From(app, address).CreateClient();

        using var response = await client.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        ReaderAppFactory.DeleteFolder(app.DataDirectory);
    }
}

public sealed class MetricsSettingsTests
{
    [Theory]
    [InlineData("localhost")]
    [InlineData("10.0.0.0/33")]
    [InlineData("127.0.0.1, ::1")]
    public async Task An_unparsable_allowed_address_stops_the_start_naming_it(string address)
    {
        await using var app = new ReaderAppFactory(settings: new Dictionary<string, string>
        {
            ["Telemetry:Prometheus"] = "true",
            ["Telemetry:AllowFrom:0"] = "::1",
            ["Telemetry:AllowFrom:1"] = address,
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Telemetry:AllowFrom:1", error.Message, StringComparison.Ordinal);
        Assert.Contains(address, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(app.DataDirectory));
    }
}

using System.Net;
using System.Text.Json;

namespace BlazorReader.Web.Tests.Changes;

public sealed class ReadinessTests : AppTest
{
    [Fact]
    public async Task Ready_once_every_follower_has_caught_up_with_the_log_and_says_how_far_each_is()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpResponseMessage response;
        while ((response = await Client.GetAsync("/healthz/ready", Ct)).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Ct);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.True(json.RootElement.GetProperty("ready").GetBoolean());
        var consumers = json.RootElement.GetProperty("consumers").EnumerateArray().ToList();
        Assert.Equal(["PageCacheEvictor", "RelatedListUpdater", "StoreIndexer"], consumers.Select(c => c.GetProperty("name").GetString()));
        Assert.All(consumers, c => Assert.True(c.GetProperty("caughtUp").GetBoolean()));
        Assert.All(consumers, c => Assert.True(c.GetProperty("applied").GetInt64() >= 1)); // the seed's creation
    }

    [Fact]
    public async Task Once_ready_the_search_page_and_api_no_longer_say_the_index_is_being_built()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await Client.GetAsync("/healthz/ready", Ct)).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Ct);
        }

        using var api = JsonDocument.Parse(await Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("أرمينيا"), Ct));
        Assert.False(api.RootElement.GetProperty("building").GetBoolean());
        Assert.DoesNotContain(BuildingNotice, await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("أرمينيا"), Ct), StringComparison.Ordinal);
    }

    internal const string BuildingNotice = "يجري الآن بناء فهرس البحث";
}

// An instance whose followers have not run: live, but not ready for readers.
public sealed class NotReadyTests : AppTest
{
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    [Fact]
    public async Task Unready_is_503_with_each_follower_behind_while_liveness_stays_200()
    {
        var response = await Client.GetAsync("/healthz/ready", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.False(json.RootElement.GetProperty("ready").GetBoolean());
        var logEnd = json.RootElement.GetProperty("logEnd").GetInt64();
        Assert.True(logEnd >= 1);
        Assert.All(json.RootElement.GetProperty("consumers").EnumerateArray(), c =>
        {
            Assert.False(c.GetProperty("caughtUp").GetBoolean());
            Assert.Equal(logEnd, c.GetProperty("behind").GetInt64());
        });
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz", Ct)).StatusCode);
    }

    // Until it has caught up, readers are told plainly that results may be missing.
    [Fact]
    public async Task The_search_page_and_api_say_plainly_that_the_index_is_being_built()
    {
        using var api = JsonDocument.Parse(await Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("أرمينيا"), Ct));
        Assert.True(api.RootElement.GetProperty("building").GetBoolean());
        Assert.Contains(ReadinessTests.BuildingNotice, await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("أرمينيا"), Ct), StringComparison.Ordinal);
    }
}

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
}

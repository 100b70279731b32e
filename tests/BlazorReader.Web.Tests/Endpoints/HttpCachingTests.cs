using System.Net;
using System.Net.Http.Headers;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Endpoints;

public sealed class HttpCachingTests : AppTest
{
    [Fact]
    public async Task Article_page_answers_304_when_the_reader_has_its_version()
    {
        var first = await Client.GetAsync("/articles/1", Ct);
        var etag = first.Headers.ETag!;
        Assert.NotNull(first.Content.Headers.LastModified);
        using var again = new HttpRequestMessage(HttpMethod.Get, first.RequestMessage!.RequestUri);
        again.Headers.IfNoneMatch.Add(etag);
        var second = await Client.SendAsync(again, Ct);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/1")]
    [InlineData("/search?q=x")]
    public async Task Reading_pages_set_no_cookie_so_they_can_be_cached(string path)
    {
        var response = await Client.GetAsync(path, Ct);
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join(";", response.Headers.Select(h => h.Key)));
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_page()
    {
        var first = await Client.GetAsync("/articles/1", Ct);
        using var again = new HttpRequestMessage(HttpMethod.Get, first.RequestMessage!.RequestUri);
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"old-version\""));
        var second = await Client.SendAsync(again, Ct);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Pages_are_compressed_for_clients_that_accept_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var response = await Client.SendAsync(request, Ct);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_new_article_appears_on_the_cached_home_page_after_the_change_log_is_followed()
    {
        // Pages encode Arabic as character references, so the new article is found by its address.
        Assert.DoesNotContain("/articles/2/", await Client.GetStringAsync("/", Ct), StringComparison.Ordinal);
        var importer = App.Services.GetRequiredService<ArticleImporter>();
        await importer.ImportAsync([ImportItem.Ok("t", new RawArticle("خبر جديد عن الطقس في الرياض اليوم", Title: "خبر جديد عن الطقس", PublishedAt: DateTime.UtcNow))],
            ArticleStatus.Published, ct: Ct);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string home;
        do
        {
            await Task.Delay(200, Ct);
            home = await Client.GetStringAsync("/", Ct);
        }
        while (!home.Contains("/articles/2/", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains("/articles/2/", home, StringComparison.Ordinal);
    }
}

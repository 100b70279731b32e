using System.Net;
using System.Net.Http.Headers;

namespace BlazorReader.Web.Tests.Caching;

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
    public async Task Article_page_answers_304_to_if_modified_since_on_its_first_render()
    {
        // The address from the home page: the article page itself is not cached yet, so its own
        // validators answer, not the output cache's.
        var home = await Client.GetStringAsync("/", Ct);
        var start = home.IndexOf("href=\"/articles/1/", StringComparison.Ordinal) + 6;
        using var request = new HttpRequestMessage(HttpMethod.Get, home[start..home.IndexOf('"', start)]);
        request.Headers.IfModifiedSince = DateTimeOffset.UtcNow;
        var response = await Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_slug_is_redirected_even_with_the_articles_etag()
    {
        var first = await Client.GetAsync("/articles/1", Ct);
        using var noRedirects = App.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/1/old-slug");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var response = await noRedirects.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
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
}

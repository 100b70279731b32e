using System.Net;

namespace BlazorReader.Web.Tests.Components.Pages;

public sealed class ReadingPagesTests : AppTest
{
    protected override bool FollowRedirects => false;

    private async Task<string> SeedArticlePathAsync()
    {
        var home = await Client.GetStringAsync("/", Ct);
        var start = home.IndexOf("href=\"/articles/", StringComparison.Ordinal) + 6;
        return home[start..home.IndexOf('"', start)];
    }

    [Fact]
    public async Task Home_lists_the_seed_article_in_an_rtl_arabic_page()
    {
        var response = await Client.GetAsync("/", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/1/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_page_answers_200_with_its_title_as_the_only_h1()
    {
        var response = await Client.GetAsync(await SeedArticlePathAsync(), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h1[ >]"));
        Assert.Contains("rel=\"canonical\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_slug_redirects_to_the_article_address()
    {
        var path = await SeedArticlePathAsync();
        var response = await Client.GetAsync("/articles/1/wrong-slug", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/articles/999999/x")]
    [InlineData("/articles/999999")]
    [InlineData("/no-such-page")]
    public async Task Unknown_addresses_are_404_in_the_apps_rtl_layout(string path)
    {
        var response = await Client.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("الصفحة غير موجودة", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feed")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task Head_requests_answer_like_get(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        var response = await Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Head_on_an_article_answers_200_with_its_etag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, await SeedArticlePathAsync());
        var response = await Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/status/404", HttpStatusCode.NotFound)]
    [InlineData("/status/500", HttpStatusCode.InternalServerError)]
    [InlineData("/status/200", HttpStatusCode.NotFound)]
    public async Task The_status_page_asked_for_directly_answers_with_its_status_not_200(string path, HttpStatusCode expected)
    {
        var response = await Client.GetAsync(path, Ct);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_answers_200_when_the_store_is_reachable()
    {
        var response = await Client.GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await Client.GetAsync("/", Ct);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task Reading_pages_load_no_blazor_runtime_only_the_reader_preferences_and_search_suggestion_scripts()
    {
        var html = await Client.GetStringAsync(await SeedArticlePathAsync(), Ct);
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Collection(scripts,
            s => Assert.Matches(@"^js/reader\.[a-z0-9]+\.js$", s),
            s => Assert.Matches(@"^js/suggest\.[a-z0-9]+\.js$", s));
    }
}

using Microsoft.Playwright;

namespace BlazorReader.EndToEnd;

[Collection(nameof(BrowserCollection))]
public sealed class ReadingTests(BrowserApp app)
{
    [Fact]
    public async Task A_reader_follows_the_seed_article_from_home_and_reads_it_right_to_left_in_the_arabic_face()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "home-1280.png"), FullPage = true });
        await page.Locator(".latest .article-list a[href^='/articles/1/']").ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        await page.EvaluateAsync("document.fonts.ready");

        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('article')).direction"));
        Assert.True(await page.EvaluateAsync<bool>(
            "[...document.fonts].some(f => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded')"),
            "the self-hosted Noto Naskh Arabic face did not load");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "article-1280.png"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Home_page_has_no_serious_accessibility_violations()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    // The pages the layout matrix does not open: the error page, an empty search and one that finds nothing.
    [Theory]
    [InlineData("/error")]
    [InlineData("/search")]
    [InlineData("/search?q=%D8%B2%D9%86%D8%AC%D8%A8%D9%8A%D9%84%D9%8A%D8%A9")]
    public async Task Other_reader_pages_have_no_serious_accessibility_violations(string path)
    {
        var page = await app.OpenAsync();
        await page.GotoAsync(path);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_404_page_keeps_the_rtl_layout_and_is_accessible()
    {
        var page = await app.OpenAsync();
        var response = await page.GotoAsync("/articles/999999/x");
        Assert.Equal(404, response!.Status);
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task An_article_on_a_390px_phone_has_no_horizontal_scroll()
    {
        var page = await app.OpenAsync(390, 844);
        await page.GotoAsync("/");
        await page.Locator(".latest .article-list h3 a").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "article-390.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "the page scrolls sideways at 390px");
    }
}

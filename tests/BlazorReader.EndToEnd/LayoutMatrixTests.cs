using Microsoft.Playwright;

namespace BlazorReader.EndToEnd;

// Home, article and search at a phone and a desktop width, in light and dark: each is
// screenshotted into the test output, fits without sideways scroll, and passes axe.
[Collection(nameof(BrowserCollection))]
public sealed class LayoutMatrixTests(BrowserApp app)
{
    public static readonly TheoryData<string, string, int, string> Pages = Matrix();

    private static TheoryData<string, string, int, string> Matrix()
    {
        var data = new TheoryData<string, string, int, string>();
        foreach (var (name, path) in new[] { ("home", "/"), ("article", "/articles/1"), ("search", "/search?q=%D9%82%D8%B1%D9%87%20%D8%A8%D8%A7%D8%BA") })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                foreach (var scheme in new[] { "light", "dark" })
                {
                    data.Add(name, path, width, scheme);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_fits_its_width_and_passes_axe_in_each_colour_scheme(string name, string path, int width, string scheme)
    {
        var page = await app.OpenAsync(width, 900);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.GotoAsync(path);
        await page.EvaluateAsync("document.fonts.ready");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, $"{name}-{width}-{scheme}.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} scrolls sideways at {width}px");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/1")]
    [InlineData("/search?q=%D8%A3%D8%B1%D9%85%D9%8A%D9%86%D9%8A%D8%A7")]
    public async Task The_smallest_phones_320px_wide_need_no_sideways_scroll(string path)
    {
        var page = await app.OpenAsync(320, 640);
        await page.GotoAsync(path);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at 320px");
    }

    [Fact]
    public async Task An_english_tweet_card_reads_left_to_right_inside_the_rtl_page()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/articles/1");
        Assert.Equal("ltr", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('figure.tweet')).direction"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.article-body')).direction"));
    }
}

using Microsoft.Playwright;

namespace BlazorReader.EndToEnd;

// Printing an article gives the article alone, black on white, whatever theme the reader chose.
[Collection(nameof(BrowserCollection))]
public sealed class PrintTests(BrowserApp app)
{
    [Fact]
    public async Task A_printed_article_is_the_article_alone_in_black_on_white_even_in_the_dark_theme()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/articles/1");
        await page.GetByRole(AriaRole.Button, new() { Name = "داكن" }).ClickAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.PdfAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "article-print.pdf") });

        foreach (var chrome in new[] { ".site-header", ".site-footer", ".reader-controls", ".teasers", ".pager" })
        {
            Assert.False(await page.Locator(chrome).First.IsVisibleAsync(), $"{chrome} is printed");
        }
        Assert.True(await page.Locator("article h1").IsVisibleAsync());
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor"));
        // Ink and links print black; secondary text (date, source, reading time) dark grey.
        foreach (var (text, colour) in new[] { ("article h1", "rgb(0, 0, 0)"), (".article-body p", "rgb(0, 0, 0)"),
                     ("article .meta", "rgb(51, 51, 51)"), ("figure.tweet figcaption a", "rgb(0, 0, 0)") })
        {
            Assert.Equal(colour, await page.EvaluateAsync<string>($"getComputedStyle(document.querySelector('{text}')).color"));
        }
    }
}

namespace BlazorReader.EndToEnd;

// The reading measure counted in the browser, in characters of the article's own Arabic text
// (spaces included), not in CSS units: 66ch of Noto Naskh held about 100 Arabic characters.
[Collection(nameof(BrowserCollection))]
public sealed class TypographyTests(BrowserApp app)
{
    // The most characters on any one line of the article's paragraphs.
    private const string LongestLine = """
        () => {
          let longest = 0;
          for (const p of document.querySelectorAll('.article-body > p')) {
            const lines = new Map();
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            for (let t = walker.nextNode(); t; t = walker.nextNode()) {
              for (let i = 0; i < t.length; i++) {
                range.setStart(t, i); range.setEnd(t, i + 1);
                const box = range.getClientRects()[0];
                if (box) { const top = Math.round(box.top / 4); lines.set(top, (lines.get(top) || 0) + 1); }
              }
            }
            for (const n of lines.values()) longest = Math.max(longest, n);
          }
          return longest;
        }
        """;

    [Theory]
    [InlineData("narrow", "m")]
    [InlineData("normal", "m")]
    [InlineData("wide", "m")]
    [InlineData("wide", "xl")]
    public async Task Article_lines_hold_at_most_70_characters_on_a_wide_screen(string measure, string size)
    {
        var page = await app.OpenAsync(1600, 900);
        await page.GotoAsync("/articles/1");
        await page.Locator($"button[data-pref=measure][data-value={measure}]").ClickAsync();
        await page.Locator($"button[data-pref=size][data-value={size}]").ClickAsync();
        await page.EvaluateAsync("document.fonts.ready");
        var longest = await page.EvaluateAsync<int>(LongestLine);
        Assert.InRange(longest, 45, 70);
    }

    [Fact]
    public async Task Body_text_is_18_to_20_px_with_a_line_height_of_at_least_1_8()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/articles/1");
        var size = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('.article-body p')).fontSize)");
        var line = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('.article-body p')).lineHeight)");
        Assert.InRange(size, 18, 20);
        Assert.True(line / size >= 1.8, $"line height {line}px for {size}px text");
    }
}

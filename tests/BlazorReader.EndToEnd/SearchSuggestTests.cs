using Microsoft.Playwright;

namespace BlazorReader.EndToEnd;

// Search as you type (js/suggest.js over /api/suggest): two Arabic letters open the list,
// the arrows move through it, Enter takes the chosen completion to its results.
[Collection(nameof(BrowserCollection))]
public sealed class SearchSuggestTests(BrowserApp app)
{
    // The completions follow the index a build behind: wait until they hold the seeded stories.
    private async Task WaitForCompletionsAsync()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await http.GetStringAsync("/api/suggest?q=" + Uri.EscapeDataString("أمطار"))).Contains("أمطار غزيرة", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "The completions did not hold the seeded stories within 30 s.");
            await Task.Delay(100);
        }
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Two_letters_open_completions_that_the_keyboard_chooses_from_right_to_left(int width, int height)
    {
        await WaitForCompletionsAsync();
        var page = await app.OpenAsync(width, height);
        await page.GotoAsync("/");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "ابحث في الأخبار" });
        await box.FocusAsync();
        await page.Keyboard.TypeAsync("أم");

        var options = page.Locator("#site-search-q-suggestions [role=option]");
        await options.First.WaitForAsync();
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        Assert.InRange(await options.CountAsync(), 1, 8);
        Assert.Contains("أمطار", await options.First.InnerTextAsync(), StringComparison.Ordinal);

        await page.Keyboard.PressAsync("ArrowDown");
        var first = options.First;
        Assert.Equal(await first.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await first.GetAttributeAsync("aria-selected"));
        Assert.Equal("site-search-q", await page.EvaluateAsync<string?>("document.activeElement?.id"));

        // Right to left: the list opens under the field, their right edges aligned.
        var list = page.Locator("#site-search-q-suggestions");
        Assert.Equal("rtl", await list.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        var listBox = (await list.BoundingBoxAsync())!;
        var fieldBox = (await box.BoundingBoxAsync())!;
        Assert.InRange(listBox.X + listBox.Width - (fieldBox.X + fieldBox.Width), -2, 2);
        Assert.True(listBox.Y >= fieldBox.Y + fieldBox.Height - 1, "the list does not open under the field");
        // Each completion starts at the right, a bare phrase as well as a headline with its «(خبر)».
        foreach (var option in await options.AllAsync())
        {
            var optionBox = (await option.BoundingBoxAsync())!;
            var textBox = (await option.Locator("bdi").BoundingBoxAsync())!;
            Assert.InRange(optionBox.X + optionBox.Width - (textBox.X + textBox.Width), 0, 16);
        }
        Assert.Contains("Naskh", await first.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, $"suggest-{width}.png") });
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var chosen = await first.InnerTextAsync();
        await Task.WhenAll(
            page.WaitForURLAsync("**/search?q=*", new() { WaitUntil = WaitUntilState.Commit }),
            page.Keyboard.PressAsync("Enter"));
        await page.Locator(".search-results li").First.WaitForAsync();
        Assert.Equal(chosen, await page.Locator("#search-page-q").InputValueAsync());
        Assert.Contains("أمطار", await page.Locator(".search-results li h2").First.InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Escape_closes_the_list_and_arrows_wrap_around()
    {
        await WaitForCompletionsAsync();
        var page = await app.OpenAsync();
        await page.GotoAsync("/search");
        var box = page.Locator("#search-page-q");
        await box.FocusAsync();
        await page.Keyboard.TypeAsync("جد");
        var options = page.Locator("#search-page-q-suggestions [role=option]");
        await options.First.WaitForAsync();

        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(await options.Last.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await options.First.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#search-page-q-suggestions").IsHiddenAsync());
        Assert.Null(await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("جد", await box.InputValueAsync());
    }
}

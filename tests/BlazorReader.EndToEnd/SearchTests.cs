namespace BlazorReader.EndToEnd;

[Collection(nameof(BrowserCollection))]
public sealed class SearchTests(BrowserApp app)
{
    [Fact]
    public async Task A_reader_searches_from_the_home_page_sees_a_highlighted_snippet_and_narrows_by_a_facet()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Combobox, new() { Name = "ابحث في الأخبار" }).First.FillAsync("قره باغ");
        // The results, not the page's "load" event, which also waits for every font.
        await Task.WhenAll(
            page.WaitForURLAsync("**/search?q=*", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit }),
            page.Keyboard.PressAsync("Enter"));
        var result = page.Locator(".search-results li").First;
        await result.WaitForAsync();
        Assert.Contains("أذربيجان", await result.Locator("h2").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await result.Locator(".snippet mark").CountAsync() > 0, "no highlighted word in the snippet");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "search-1280.png"), FullPage = true });

        await page.Locator(".facets a", new() { HasTextString = "2020" }).ClickAsync();
        await page.WaitForURLAsync("**year=2020*");
        Assert.Equal(1, await page.Locator(".search-results li").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Keyboard_only_from_home_to_an_article_via_search()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/");
        for (var i = 0; i < 10 && await page.EvaluateAsync<string?>("document.activeElement?.id") != "site-search-q"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await page.Keyboard.TypeAsync("اذربيجان");
        await Task.WhenAll(
            page.WaitForURLAsync("**/search?q=*", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit }),
            page.Keyboard.PressAsync("Enter"));
        await page.Locator(".search-results a").First.WaitForAsync();
        var reached = false;
        for (var i = 0; i < 40 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("document.activeElement?.matches('.search-results a') === true");
        }
        Assert.True(reached, "Tab never reached a search result");
        var target = await page.EvaluateAsync<string>("document.activeElement.href");
        // Wait for the navigation to commit, then for the heading: the article page's "load"
        // event also waits for fonts, which says nothing about where the keyboard led.
        await Task.WhenAll(
            page.WaitForURLAsync("**/articles/**", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit }),
            page.Keyboard.PressAsync("Enter"));
        await page.Locator("article h1").WaitForAsync();
        Assert.Equal(target, page.Url);
        Assert.Equal(1, await page.Locator("article h1").CountAsync());
    }
}

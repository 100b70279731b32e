namespace BlazorReader.EndToEnd;

[Collection(nameof(BrowserCollection))]
public sealed class ReaderControlsTests(BrowserApp app)
{
    [Fact]
    public async Task A_chosen_theme_and_text_size_apply_at_once_and_survive_a_reload()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/articles/1");
        var before = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontSize");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "داكن" }).ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "أكبر" }).ClickAsync();
        await page.ReloadAsync();

        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.NotEqual(before, await page.EvaluateAsync<string>("getComputedStyle(document.body).fontSize"));
        Assert.Equal("true", await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "داكن" }).GetAttributeAsync("aria-pressed"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "article-dark-1280.png") });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task A_first_visit_shows_the_defaults_as_chosen()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/articles/1");
        var pressed = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.reader-controls button[aria-pressed=true]')].map(b => b.dataset.pref + '=' + b.dataset.value)");
        Assert.Equal(["size=m", "line=normal", "theme=auto", "measure=normal"], pressed);
    }

    [Fact]
    public async Task The_controls_are_reachable_from_the_keyboard()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/articles/1");
        for (var i = 0; i < 30 && await page.EvaluateAsync<string?>("document.activeElement?.dataset?.value") != "sepia"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("sepia", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
    }
}

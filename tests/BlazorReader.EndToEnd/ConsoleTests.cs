namespace BlazorReader.EndToEnd;

[Collection(nameof(BrowserCollection))]
public sealed class ConsoleTests(BrowserApp app)
{
    // A CSP refusal or a missing asset shows up here before a reader notices it.
    [Fact]
    public async Task Home_and_article_load_without_console_errors_or_failed_requests()
    {
        var page = await app.OpenAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { problems.Add("console: " + m.Text); } };
        page.RequestFailed += (_, r) => problems.Add("failed: " + r.Url);
        page.Response += (_, r) => { if (r.Status >= 400) { problems.Add($"{r.Status}: {r.Url}"); } };
        await page.GotoAsync("/");
        await page.Locator(".latest .article-list h3 a").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        await page.EvaluateAsync("document.fonts.ready");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}

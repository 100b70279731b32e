using Microsoft.Playwright;

namespace BlazorReader.EndToEnd;

// The front page and a story page at a phone's and a desktop's width: screenshotted into the
// test output, right to left, without sideways scroll, and passing axe.
[Collection(nameof(BrowserCollection))]
public sealed class StoryPagesTests(BrowserApp app)
{
    private const string NoSidewaysScroll = "document.documentElement.scrollWidth <= window.innerWidth";

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_front_page_leads_with_top_stories_right_to_left_and_passes_axe(int width)
    {
        var page = await app.OpenAsync(width, 900);
        await page.GotoAsync("/");
        await page.EvaluateAsync("document.fonts.ready");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, $"front-page-{width}.png"), FullPage = true });

        // The seeded stories lead (most papers first); other tests' articles in this shared app
        // may make a story of their own further down.
        var cards = page.Locator(".story-cards > li");
        Assert.Contains("في 3 صحف", await cards.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("أمطار غزيرة على جدة", await cards.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("افتتاح معرض الرياض الدولي للكتاب", string.Join("\n", await cards.AllInnerTextsAsync()), StringComparison.Ordinal);
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.front')).direction"));
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll), $"the front page scrolls sideways at {width}px");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task On_a_desktop_top_stories_sit_side_by_side_starting_from_the_right()
    {
        var page = await app.OpenAsync(1280, 900);
        await page.GotoAsync("/");
        var first = (await page.Locator(".story-cards > li").First.BoundingBoxAsync())!;
        var second = (await page.Locator(".story-cards > li").Nth(1).BoundingBoxAsync())!;
        Assert.Equal(first.Y, second.Y, 1.0);
        Assert.True(first.X > second.X, "the first story is not on the right");
        // The latest articles and the papers share the row below: the width is used.
        var latest = (await page.Locator(".latest").BoundingBoxAsync())!;
        var papers = (await page.Locator(".papers-sections").BoundingBoxAsync())!;
        Assert.True(latest.X > papers.X && Math.Abs(latest.Y - papers.Y) < 1, "the latest and the papers are not side by side");
    }

    [Fact]
    public async Task On_a_phone_the_front_page_is_one_column()
    {
        var page = await app.OpenAsync(390, 844);
        await page.GotoAsync("/");
        var first = (await page.Locator(".story-cards > li").First.BoundingBoxAsync())!;
        var second = (await page.Locator(".story-cards > li").Nth(1).BoundingBoxAsync())!;
        Assert.True(second.Y >= first.Y + first.Height, "the second story is not below the first");
        var latest = (await page.Locator(".latest").BoundingBoxAsync())!;
        var papers = (await page.Locator(".papers-sections").BoundingBoxAsync())!;
        Assert.True(papers.Y >= latest.Y + latest.Height, "the papers are not below the latest");
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task A_story_page_shows_its_days_right_to_left_and_passes_axe(int width)
    {
        var page = await app.OpenAsync(width, 900);
        await page.GotoAsync(app.StoryPath);
        await page.EvaluateAsync("document.fonts.ready");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, $"story-{width}.png"), FullPage = true });

        Assert.Equal(2, await page.Locator(".timeline-day").CountAsync());
        Assert.Equal(["عكاظ", "سبق"], await page.Locator(".timeline-day").First.Locator(".developments li").First.Locator(".papers a").AllInnerTextsAsync());
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.story')).direction"));
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll), $"the story page scrolls sideways at {width}px");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task A_reader_goes_from_a_top_story_to_its_page_and_on_to_an_article()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/");
        var card = page.Locator(".story-cards h3 a").First;
        var headline = await card.InnerTextAsync();
        await card.ClickAsync();
        await page.WaitForURLAsync("**/stories/**");
        Assert.Equal("أمطار غزيرة على جدة", headline);
        Assert.Equal(headline, await page.Locator("h1").InnerTextAsync());
        await page.Locator(".developments h3 a").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        Assert.Contains("أمطار غزيرة على جدة", await page.Locator("article h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task An_article_of_a_story_shows_its_coverage_one_line_a_paper_and_passes_axe(int width)
    {
        var page = await app.OpenAsync(width, 900);
        await page.GotoAsync(app.StoryPath);
        await page.Locator(".developments h3 a").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        await page.EvaluateAsync("document.fonts.ready");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, $"coverage-{width}.png"), FullPage = true });

        var coverage = page.Locator("section.coverage");
        Assert.Equal("التغطية", await coverage.Locator("h2").InnerTextAsync());
        var papers = await coverage.Locator("li .paper").AllInnerTextsAsync();
        Assert.NotEmpty(papers);
        Assert.Equal(papers.Count, papers.Distinct().Count());
        Assert.Contains("سبق", papers);
        // The story spans two days: the coverage leads to its page.
        var storyId = app.StoryPath[..(app.StoryPath.LastIndexOf('/') + 1)];
        Assert.StartsWith(storyId, await coverage.Locator(".story-link a").GetAttributeAsync("href"), StringComparison.Ordinal);
        // Coverage comes before the related stories, when the article has any.
        if (await page.Locator("section.related").CountAsync() > 0)
        {
            Assert.True(await page.EvaluateAsync<bool>(
                "document.querySelector('section.coverage').compareDocumentPosition(document.querySelector('section.related')) & Node.DOCUMENT_POSITION_FOLLOWING"),
                "the related stories come before the coverage");
        }
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('section.coverage')).direction"));
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll), $"the article page scrolls sideways at {width}px");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}

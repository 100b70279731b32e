using BlazorReader.Data.Queries;
using BlazorReader.Data.Sources;
using BlazorReader.Data.Stories;
using BlazorReader.Web.Components.Pages.Articles;
using Bunit;

namespace BlazorReader.Web.Tests.Components.Pages.Articles;

public class CoverageListTests : BunitTestBase
{
    private static readonly DateTime Day = new(2015, 8, 1, 9, 0, 0, DateTimeKind.Utc);

    // The registry as the layout cascades it.
    private static readonly SourceNames Names = new(new Dictionary<string, NewsSource>(StringComparer.Ordinal)
    {
        ["okaz"] = new() { Key = "okaz", Name = "عكاظ" },
        ["sabq"] = new() { Key = "sabq", Name = "سبق" },
    });

    private static Story StoryOf(DateTime first, DateTime last) =>
        new() { Id = 7, Title = "خلية الرياض", Slug = "خلية-الرياض", FirstPublishedAt = first, LastPublishedAt = last, ArticleCount = 3, SourceCount = 3 };

    private static StoryCoverage Coverage(DateTime last) => new(StoryOf(Day, last),
    [
        new CoverageItem(2, "ضبط خلية إرهابية", "ضبط-خلية", "https://okaz/1", "okaz", Day, Day),
        new CoverageItem(3, "خلية في قبضة الأمن", "خلية-في-قبضة", null, "sabq", Day.AddHours(3), Day.AddHours(3)),
        new CoverageItem(4, "Riyadh cell", "riyadh-cell", null, "arabnews", null, last),
    ]);

    [Fact]
    public void Lists_one_line_a_paper_with_its_arabic_name_its_date_and_a_link()
    {
        var cut = Render<CoverageList>(p => p.Add(x => x.Coverage, Coverage(Day)).AddCascadingValue(Names));

        Assert.Equal("التغطية", cut.Find("section.coverage h2#coverage-heading").TextContent);
        Assert.Equal("coverage-heading", cut.Find("section.coverage").GetAttribute("aria-labelledby"));
        var lines = cut.FindAll("li");
        Assert.Equal(["عكاظ", "سبق", "arabnews"], lines.Select(l => l.QuerySelector(".paper bdi")!.TextContent));
        Assert.Equal("/articles/2/" + Uri.EscapeDataString("ضبط-خلية"), lines[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("auto", lines[2].QuerySelector("a")!.GetAttribute("dir"));
        Assert.Equal("2015-08-01", lines[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("1 أغسطس 2015", lines[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_the_story_page_only_when_the_story_spans_more_than_one_day()
    {
        var oneDay = Render<CoverageList>(p => p.Add(x => x.Coverage, Coverage(Day.AddHours(5))).AddCascadingValue(Names));
        Assert.Empty(oneDay.FindAll("a[href^='/stories/']"));

        var days = Render<CoverageList>(p => p.Add(x => x.Coverage, Coverage(Day.AddDays(2))).AddCascadingValue(Names));
        Assert.Equal("/stories/7/" + Uri.EscapeDataString("خلية-الرياض"), days.Find("a[href^='/stories/']").GetAttribute("href"));
    }

    [Fact]
    public void Renders_nothing_without_other_papers()
    {
        var cut = Render<CoverageList>(p => p.Add(x => x.Coverage, StoryCoverage.None));
        Assert.Empty(cut.Markup.Trim());
    }
}

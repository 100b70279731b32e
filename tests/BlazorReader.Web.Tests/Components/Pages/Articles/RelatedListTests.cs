using BlazorReader.Data.Articles;
using BlazorReader.Data.Queries;
using BlazorReader.Web.Components.Pages.Articles;
using Bunit;

namespace BlazorReader.Web.Tests.Components.Pages.Articles;

public class RelatedListTests : BunitTestBase
{
    private static readonly DateTime Day = new(2015, 8, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Lists_related_stories_as_links_with_source_and_date_and_labels_the_same_story()
    {
        var cut = Render<RelatedList>(p => p.Add(x => x.Items, new List<RelatedStory>
        {
            new(5, "خبر أول", "خبر-أول", null, "sabq", Day, RelatedLinkKind.SameStory),
            new(6, "خبر ثان", "خبر-ثان", null, "okaz", Day, RelatedLinkKind.Topical),
        }));
        Assert.Equal("أخبار ذات صلة", cut.Find("h2").TextContent);
        var items = cut.FindAll("li");
        Assert.Equal("/articles/5/" + Uri.EscapeDataString("خبر-أول"), items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("الخبر نفسه من مصدر آخر", items[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("الخبر نفسه", items[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("okaz", items[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_the_same_dates_under_an_arabic_culture()
    {
        var items = new List<RelatedStory> { new(5, "خبر", "خبر", null, "sabq", Day, RelatedLinkKind.Topical) };
        var invariant = Render<RelatedList>(p => p.Add(x => x.Items, items)).Markup;
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
        try
        {
            Assert.Equal(invariant, Render<RelatedList>(p => p.Add(x => x.Items, items)).Markup);
            Assert.Contains("1 أغسطس 2015", invariant, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Shows_each_items_reason_when_it_has_one()
    {
        var cut = Render<RelatedList>(p => p.Add(x => x.Items, new List<RelatedStory>
        {
            new(5, "خبر أول", "خبر-أول", null, "sabq", Day, RelatedLinkKind.Topical, "الرياض، Aramco"),
            new(6, "خبر ثان", "خبر-ثان", null, "okaz", Day, RelatedLinkKind.Topical),
        }));
        var items = cut.FindAll("li");
        var reason = items[0].QuerySelector("p.reason")!;
        Assert.Equal("auto", reason.GetAttribute("dir"));
        Assert.Equal("الرياض، Aramco", reason.TextContent);
        Assert.Equal("Aramco", reason.QuerySelector("bdi")!.TextContent);
        Assert.Null(items[1].QuerySelector("p.reason"));
    }

    [Fact]
    public void Renders_nothing_for_an_empty_list()
    {
        var cut = Render<RelatedList>(p => p.Add(x => x.Items, new List<RelatedStory>()));
        Assert.Empty(cut.Markup.Trim());
    }
}

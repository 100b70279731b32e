using System.Text.RegularExpressions;
using BlazorReader.Data.Stories;

namespace BlazorReader.Web.Tests.Stories;

public sealed partial class FrontPageTests : AppTest
{
    private Story three = default!;
    private Story two = default!;
    private Story older = default!;

    // Without the change-log poller: what the test writes is what the page shows.
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var seed = new StorySeed(App.Services);
        var day = await seed.AfterStoreAsync(Ct);
        // The newest article is on day + 10; the window reaches back three days from it.
        var olderIds = await seed.ArticlesAsync(
            [new("قمة خليجية في الرياض", "okaz", day), new("قمة خليجية في الرياض", "sabq", day),
             new("قمة خليجية في الرياض", "nabaa", day), new("قمة خليجية في الرياض", "aleqt", day),
             new("قمة خليجية في الرياض", "sada", day.AddHours(1))], Ct);
        var twoIds = await seed.ArticlesAsync(
            [new("افتتاح معرض الكتاب", "okaz", day.AddDays(9)), new("افتتاح معرض الكتاب", "sabq", day.AddDays(10))], Ct);
        var threeIds = await seed.ArticlesAsync(
            [new("أمطار غزيرة على جدة", "okaz", day.AddDays(8)), new("أمطار غزيرة على جدة", "sabq", day.AddDays(8).AddHours(1)),
             new("أمطار غزيرة على جدة", "nabaa", day.AddDays(8).AddHours(2))], Ct);
        older = await seed.StoryAsync("قمة خليجية", olderIds, Ct);
        two = await seed.StoryAsync("معرض الكتاب", twoIds, Ct);
        three = await seed.StoryAsync("أمطار جدة", threeIds, Ct);
        await seed.NameAsync("okaz", "عكاظ", Ct);
        await seed.NameAsync("sabq", "سبق", Ct);
    }

    private async Task<string> SectionAsync(string cssClass)
    {
        var html = await Client.GetStringAsync("/", Ct);
        var match = Regex.Match(html, $"<section class=\"{cssClass}\".*?</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no {cssClass} section on the front page");
        return match.Value;
    }

    [Fact]
    public async Task Top_stories_are_those_of_the_stores_last_days_most_papers_first()
    {
        var top = await SectionAsync("top-stories");
        var order = Regex.Matches(top, "href=\"(/stories/[^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([three.Path, two.Path], order);
        Assert.DoesNotContain(older.Path, top, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_top_story_says_how_many_papers_tell_it_and_names_them()
    {
        var top = await SectionAsync("top-stories");
        Assert.Contains("في 3 صحف", top, StringComparison.Ordinal);
        Assert.Contains("في صحيفتين", top, StringComparison.Ordinal);
        Assert.Contains("<bdi>عكاظ</bdi>", top, StringComparison.Ordinal);
        Assert.Contains("<bdi>nabaa</bdi>", top, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_latest_articles_follow_newest_first()
    {
        var latest = await SectionAsync("latest");
        Assert.True(latest.IndexOf("افتتاح معرض الكتاب", StringComparison.Ordinal) < latest.IndexOf("أمطار غزيرة على جدة", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_paper_has_a_section_under_its_arabic_name_linking_to_its_list()
    {
        var html = await Client.GetStringAsync("/", Ct);
        var papers = Regex.Match(html, "<section class=\"papers-sections\".*</div>\\s*</section>", RegexOptions.Singleline).Value;
        Assert.Contains("href=\"/?source=okaz\"><bdi>عكاظ</bdi></a></h3>", papers, StringComparison.Ordinal);
        Assert.Contains("href=\"/?source=sabq\"><bdi>سبق</bdi></a></h3>", papers, StringComparison.Ordinal);
        Assert.Contains("href=\"/?source=sada\"><bdi>sada</bdi></a></h3>", papers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_papers_list_shows_its_arabic_name()
    {
        var html = await Client.GetStringAsync("/?source=okaz", Ct);
        Assert.Contains("<title>آخر الأخبار من عكاظ — قارئ الأخبار</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"top-stories\"", html, StringComparison.Ordinal);
    }
}

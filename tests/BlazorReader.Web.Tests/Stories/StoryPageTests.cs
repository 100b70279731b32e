using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;
using BlazorReader.Data.Stories;

namespace BlazorReader.Web.Tests.Stories;

public sealed partial class StoryPageTests : AppTest
{
    private const string Truce = "التحالف يعلن هدنة إنسانية في اليمن";
    private const string Breach = "خرق الهدنة في اليمن بعد ساعات";
    private Story story = default!;
    private IReadOnlyList<int> ids = [];

    protected override bool FollowRedirects => false;

    // Without the change-log poller: what the test writes is what the page shows.
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var seed = new StorySeed(App.Services);
        var day = await seed.AfterStoreAsync(Ct);
        ids = await seed.ArticlesAsync(
        [
            new(Truce, "okaz", day.AddHours(8)),
            new(Truce, "sabq", day.AddHours(9)),
            new(Truce, "sabq", day.AddHours(10)),
            new(Breach, "nabaa", day.AddDays(1).AddHours(7)),
            new("مسودة لم تنشر عن الهدنة", "okaz", day.AddDays(1).AddHours(8), ArticleStatus.Draft),
        ], Ct);
        story = await seed.StoryAsync("هدنة في اليمن", ids, Ct);
        await seed.NameAsync("okaz", "عكاظ", Ct);
        await seed.NameAsync("sabq", "سبق", Ct);
    }

    private Task<string> PageAsync() => Client.GetStringAsync(story.Path, Ct);

    [Fact]
    public async Task The_timeline_has_one_section_per_day_earliest_first()
    {
        var html = await PageAsync();
        var days = DaySections().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(2, days.Count);
        Assert.Contains(Truce, days[0], StringComparison.Ordinal);
        Assert.Contains(Breach, days[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_days_articles_under_one_headline_are_one_development_with_each_paper_once()
    {
        var firstDay = DaySections().Matches(await PageAsync())[0].Value;
        Assert.Single(Regex.Matches(firstDay, "<h3>"));
        Assert.Equal(["عكاظ", "سبق"], Regex.Matches(firstDay, "<bdi>([^<]*)</bdi>").Select(m => m.Groups[1].Value));
        Assert.Contains($"href=\"/articles/{ids[1]}/", firstDay, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/articles/{ids[2]}/", firstDay, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_says_the_span_and_how_many_papers_and_an_unnamed_paper_shows_its_key()
    {
        var html = await PageAsync();
        Assert.Contains(">هدنة في اليمن</h1>", html, StringComparison.Ordinal);
        Assert.Contains("في 3 صحف", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>nabaa</bdi>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_member_is_not_shown()
    {
        Assert.DoesNotContain("مسودة لم تنشر", await PageAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_or_missing_slug_redirects_to_the_story_address()
    {
        foreach (var path in new[] { $"/stories/{story.Id}/wrong", $"/stories/{story.Id}" })
        {
            var response = await Client.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(story.Path, response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task An_unknown_story_is_the_sites_404()
    {
        var response = await Client.GetAsync("/stories/999999/x", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("الصفحة غير موجودة", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_with_no_published_article_is_a_404()
    {
        var seed = new StorySeed(App.Services);
        var drafts = await seed.ArticlesAsync([new("خبر لم ينشر بعد", "okaz", await seed.AfterStoreAsync(Ct), ArticleStatus.Draft)], Ct);
        var hidden = await seed.StoryAsync("قصة مخفية", drafts, Ct);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(hidden.Path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/stories/{hidden.Id}/feed", Ct)).StatusCode);
    }

    [Fact]
    public async Task Json_ld_is_a_collection_page_listing_the_published_articles_with_their_papers()
    {
        var html = await PageAsync();
        var json = JsonLd().Match(html).Groups[1].Value;
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("CollectionPage", root.GetProperty("@type").GetString());
        Assert.Equal("هدنة في اليمن", root.GetProperty("name").GetString());
        var list = root.GetProperty("mainEntity");
        Assert.Equal(4, list.GetProperty("numberOfItems").GetInt32());
        var first = list.GetProperty("itemListElement")[0].GetProperty("item");
        Assert.Equal("NewsArticle", first.GetProperty("@type").GetString());
        Assert.Equal("عكاظ", first.GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_head_has_canonical_open_graph_and_the_storys_feed()
    {
        var html = await PageAsync();
        Assert.Contains($"<link rel=\"canonical\" href=\"{new Uri(new Uri("http://localhost"), story.Path)}\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"هدنة في اليمن\"", html, StringComparison.Ordinal);
        // Blazor writes the '+' of the media type as a character reference.
        Assert.Contains($"<link rel=\"alternate\" type=\"application/rss&#x2B;xml\" title=\"هدنة في اليمن\" href=\"http://localhost/stories/{story.Id}/feed\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_storys_feed_lists_its_published_articles_newest_first()
    {
        var response = await Client.GetAsync($"/stories/{story.Id}/feed", Ct);
        var xml = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var titles = Regex.Matches(xml, "<item><title>([^<]*)</title>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([Breach, Truce, Truce, Truce], titles);
        Assert.Contains("<category>عكاظ</category>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stories_sitemap_lists_stories_readers_can_open_and_robots_names_it()
    {
        var seed = new StorySeed(App.Services);
        var drafts = await seed.ArticlesAsync([new("خبر لم ينشر بعد", "okaz", await seed.AfterStoreAsync(Ct), ArticleStatus.Draft)], Ct);
        var hidden = await seed.StoryAsync("قصة مخفية", drafts, Ct);
        var xml = await Client.GetStringAsync("/sitemaps/stories.xml", Ct);
        var locs = Regex.Matches(xml, "<loc>([^<]*)</loc>").Select(m => new Uri(m.Groups[1].Value).AbsolutePath).ToList();
        Assert.Equal([new Uri(new Uri("http://localhost"), story.Path).AbsolutePath], locs);
        Assert.DoesNotContain($"/stories/{hidden.Id}/", xml, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemaps/stories.xml", await Client.GetStringAsync("/robots.txt", Ct), StringComparison.Ordinal);
    }

    [GeneratedRegex("<section class=\"timeline-day\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex DaySections();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}

using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Media;

// An article's lead picture on its page (above the body, loaded at once), in what crawlers and
// link previews read (JSON-LD, Open Graph, Twitter) and in the feed's enclosure.
public sealed class LeadPictureTests : AppTest
{
    private async Task PublishAsync(int? lead)
    {
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(
            [ImportItem.Ok("edited", new RawArticle("افتتح المهرجان مساء أمس في الرياض بحضور جمهور كبير.", Title: "افتتاح المهرجان", Source: "s"))],
            ArticleStatus.Draft, ct: Ct);
        var changes = App.Services.GetRequiredService<ArticleChanges>();
        var (edit, version) = (await changes.LoadAsync(2, Ct))!.Value;
        Assert.IsType<SaveOutcome.Saved>(await changes.SaveEditAsync(2, version, edit with { LeadMediaId = lead, Status = ArticleStatus.Published }, "editor", Ct));
    }

    private async Task<IHtmlDocument> PageAsync() =>
        new HtmlParser().ParseDocument(await Client.GetStringAsync("/articles/2", Ct));

    private static string Meta(IHtmlDocument page, string key) =>
        page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content") ?? "";

    private static JsonElement JsonLd(IHtmlDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Fact]
    public async Task The_lead_picture_is_a_figure_above_the_body_loaded_at_once_and_offered_to_crawlers_at_1600_px()
    {
        var picture = await LibraryPictures.AddAsync(App.Services, 2000, 1000, alt: "منصة المهرجان", caption: "ليلة الافتتاح", credit: "واس");
        await PublishAsync(picture.Id);

        var page = await PageAsync();
        var first = page.QuerySelector(".article-body")!.FirstElementChild!;
        Assert.Equal("FIGURE", first.TagName);
        var img = first.QuerySelector("picture img")!;
        Assert.Equal(("منصة المهرجان", "2000", "1000", "eager"), (img.GetAttribute("alt"), img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading")));
        Assert.Equal("ليلة الافتتاح — واس", first.QuerySelector("figcaption")!.TextContent);

        var shared = $"http://localhost/media/{picture.Id}/{picture.ContentHash[..16]}-1600.jpg";
        Assert.Equal((shared, "1600", "800", "منصة المهرجان"), (Meta(page, "og:image"), Meta(page, "og:image:width"), Meta(page, "og:image:height"), Meta(page, "og:image:alt")));
        Assert.Equal(("summary_large_image", shared), (Meta(page, "twitter:card"), Meta(page, "twitter:image")));
        var image = JsonLd(page).GetProperty("image");
        Assert.Equal((shared, 1600, 800), (image.GetProperty("url").GetString(), image.GetProperty("width").GetInt32(), image.GetProperty("height").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri(shared).AbsolutePath, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_lead_pictures_words_are_text_on_the_page_and_in_its_meta_never_markup()
    {
        const string Hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        var picture = await LibraryPictures.AddAsync(App.Services, 1200, 600, alt: Hostile, caption: Hostile, credit: "</figcaption><b>");
        await PublishAsync(picture.Id);

        var page = await PageAsync();
        Assert.Empty(page.QuerySelectorAll("body script, .article-body b, [onerror]"));
        Assert.Equal(Hostile, page.QuerySelector(".article-body figure img")!.GetAttribute("alt"));
        Assert.Equal(Hostile + " — </figcaption><b>", page.QuerySelector(".article-body figcaption")!.TextContent);
        Assert.Equal(Hostile, Meta(page, "og:image:alt"));
    }

    [Fact]
    public async Task A_picture_narrower_than_1600_px_is_offered_at_its_own_width()
    {
        var picture = await LibraryPictures.AddAsync(App.Services, 1200, 900);
        await PublishAsync(picture.Id);

        Assert.EndsWith($"{picture.ContentHash[..16]}-1200.jpg", Meta(await PageAsync(), "og:image"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_lead_picture_there_is_no_figure_no_image_and_a_summary_card()
    {
        await PublishAsync(null);

        var page = await PageAsync();
        Assert.Empty(page.QuerySelectorAll(".article-body figure"));
        Assert.Equal(("", "summary"), (Meta(page, "og:image"), Meta(page, "twitter:card")));
        Assert.False(JsonLd(page).TryGetProperty("image", out _));
    }

    [Fact]
    public async Task The_feed_encloses_the_lead_picture_with_its_address_type_and_length()
    {
        var picture = await LibraryPictures.AddAsync(App.Services, 2000, 1000);
        await PublishAsync(picture.Id);

        var feed = XDocument.Parse(await Client.GetStringAsync("/feed", Ct));
        var items = feed.Descendants("item").ToList();
        var enclosure = items.Single(i => i.Element("link")!.Value.StartsWith("http://localhost/articles/2/", StringComparison.Ordinal)).Element("enclosure")!;
        Assert.Equal($"http://localhost/media/{picture.Id}/{picture.ContentHash[..16]}-1600.jpg", enclosure.Attribute("url")!.Value);
        Assert.Equal("image/jpeg", enclosure.Attribute("type")!.Value);
        var served = await Client.GetByteArrayAsync(new Uri(enclosure.Attribute("url")!.Value).AbsolutePath, Ct);
        Assert.Equal(served.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), enclosure.Attribute("length")!.Value);
        Assert.All(items.Where(i => i != enclosure.Parent), i => Assert.Null(i.Element("enclosure")));
    }
}

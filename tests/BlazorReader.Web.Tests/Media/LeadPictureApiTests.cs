using System.Text.Json;
using System.Xml.Linq;
using BlazorReader.Data;
using BlazorReader.Web.Tests.Stories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Media;

// The lead picture wherever an article is given to programs: the article API, a story's API
// members and a story's feed carry the address crawlers get, its size and its alt text.
public sealed class LeadPictureApiTests : AppTest
{
    // The story is written by the test: the app's grouping, following the imports, would redo it.
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    private sealed record Seeded(int Story, int WithPicture, int Without, BlazorReader.Data.Media.MediaPicture Picture);

    private async Task<Seeded> SeedAsync()
    {
        var seed = new StorySeed(App.Services);
        var at = await seed.AfterStoreAsync(Ct);
        var ids = await seed.ArticlesAsync([new("افتتاح المهرجان في الرياض", "okaz", at), new("المهرجان يفتتح أبوابه", "was", at.AddHours(1))], Ct);
        var story = await seed.StoryAsync("افتتاح المهرجان", ids, Ct);
        var picture = await LibraryPictures.AddAsync(App.Services, 2000, 1000, alt: "منصة المهرجان");
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync(Ct);
        await db.Articles.Where(a => a.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(a => a.LeadMediaId, picture.Id), Ct);
        return new(story.Id, ids[0], ids[1], picture);
    }

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(path, Ct));
        return doc.RootElement.Clone();
    }

    private static string Shared(BlazorReader.Data.Media.MediaPicture p) => $"http://localhost/media/{p.Id}/{p.ContentHash[..16]}-1600.jpg";

    private static void AssertLead(JsonElement lead, BlazorReader.Data.Media.MediaPicture p)
    {
        Assert.Equal(["url", "width", "height", "alt"], lead.EnumerateObject().Select(x => x.Name));
        Assert.Equal((Shared(p), 1600, 800, "منصة المهرجان"),
            (lead.GetProperty("url").GetString(), lead.GetProperty("width").GetInt32(), lead.GetProperty("height").GetInt32(), lead.GetProperty("alt").GetString()));
    }

    [Fact]
    public async Task The_article_api_gives_the_lead_pictures_address_size_and_alt_and_null_without_one()
    {
        var s = await SeedAsync();

        AssertLead((await JsonAsync($"/api/articles/{s.WithPicture}")).GetProperty("leadPicture"), s.Picture);
        Assert.Equal(JsonValueKind.Null, (await JsonAsync($"/api/articles/{s.Without}")).GetProperty("leadPicture").ValueKind);
    }

    [Fact]
    public async Task The_story_api_gives_each_articles_lead_picture()
    {
        var s = await SeedAsync();

        var articles = (await JsonAsync($"/api/stories/{s.Story}")).GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetInt32());
        AssertLead(articles[s.WithPicture].GetProperty("leadPicture"), s.Picture);
        Assert.Equal(JsonValueKind.Null, articles[s.Without].GetProperty("leadPicture").ValueKind);
    }

    [Fact]
    public async Task The_story_feed_encloses_an_articles_lead_picture_with_its_length()
    {
        var s = await SeedAsync();

        var items = XDocument.Parse(await Client.GetStringAsync($"/stories/{s.Story}/feed", Ct)).Descendants("item")
            .ToDictionary(i => int.Parse(new Uri(i.Element("link")!.Value).Segments[2].TrimEnd('/'), System.Globalization.CultureInfo.InvariantCulture));
        var enclosure = items[s.WithPicture].Element("enclosure")!;
        Assert.Equal((Shared(s.Picture), "image/jpeg"), (enclosure.Attribute("url")!.Value, enclosure.Attribute("type")!.Value));
        var served = await Client.GetByteArrayAsync(new Uri(Shared(s.Picture)).AbsolutePath, Ct);
        Assert.Equal(served.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), enclosure.Attribute("length")!.Value);
        Assert.Null(items[s.Without].Element("enclosure"));
    }
}

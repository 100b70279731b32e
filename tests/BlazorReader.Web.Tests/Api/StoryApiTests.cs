using System.Net;
using System.Text.Json;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Api;

// The change log is handed to the consumers by the test: the story exists once they ran.
public sealed class StoryApiTests : AppTest
{
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    private const string Cell = "أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في مدينة الرياض تضم ستة أشخاص كانوا يخططون لتنفيذ هجمات على منشآت حكومية، وقالت الوزارة في بيان إن قوات الأمن ضبطت أسلحة ومتفجرات في موقعين شمال المدينة، وإن التحقيقات مستمرة لمعرفة ارتباطات الخلية بتنظيمات خارجية.";
    private static readonly DateTime Day = new(2015, 7, 21, 8, 0, 0, DateTimeKind.Utc);

    // The seed is article 1; two papers' tellings of one story become 2 (okaz, later) and 3 (was).
    private async Task<int> ImportStoryAsync()
    {
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(
        [
            ImportItem.Ok("a", new RawArticle(Cell + " وستعلن التفاصيل لاحقا.", "ضبط خلية إرهابية بالرياض", "okaz", "https://okaz/1", PublishedAt: Day.AddHours(2))),
            ImportItem.Ok("b", new RawArticle("واس - الرياض: " + Cell, "القبض على خلية إرهابية في الرياض", "was", "https://was/1", PublishedAt: Day)),
        ], ArticleStatus.Published, ct: Ct);
        await App.FollowChangesAsync(Ct);
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync(Ct);
        return await db.Stories.Select(s => s.Id).SingleAsync(Ct);
    }

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(path, Ct));
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task An_article_names_its_story_and_the_other_papers_telling()
    {
        var story = await ImportStoryAsync();

        var json = await JsonAsync("/api/articles/2");

        var storyJson = json.GetProperty("story");
        Assert.Equal((story, 2), (storyJson.GetProperty("id").GetInt32(), storyJson.GetProperty("size").GetInt32()));
        Assert.StartsWith($"/stories/{story}/", storyJson.GetProperty("path").GetString(), StringComparison.Ordinal);
        var line = Assert.Single(json.GetProperty("coverage").EnumerateArray());
        Assert.Equal(["id", "title", "path", "sourceUrl", "source", "sourceName", "publishedAt"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal((3, "was", "https://was/1"), (line.GetProperty("id").GetInt32(), line.GetProperty("source").GetString(), line.GetProperty("sourceUrl").GetString()));
        Assert.False(string.IsNullOrEmpty(line.GetProperty("sourceName").GetString()));
    }

    [Fact]
    public async Task An_article_without_a_story_has_a_null_story_and_no_coverage()
    {
        await ImportStoryAsync();

        var json = await JsonAsync("/api/articles/1");

        Assert.Equal(JsonValueKind.Null, json.GetProperty("story").ValueKind);
        Assert.Empty(json.GetProperty("coverage").EnumerateArray());
    }

    [Fact]
    public async Task A_story_is_given_with_its_articles_oldest_first()
    {
        var story = await ImportStoryAsync();

        var json = await JsonAsync($"/api/stories/{story}");

        Assert.Equal(["id", "title", "path", "size", "sources", "firstPublishedAt", "lastPublishedAt", "articles"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal((story, 2, 2), (json.GetProperty("id").GetInt32(), json.GetProperty("size").GetInt32(), json.GetProperty("sources").GetInt32()));
        Assert.Equal([3, 2], json.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()));
        Assert.Equal("2015-07-21T08:00:00.0000000Z", json.GetProperty("firstPublishedAt").GetString());
    }

    [Fact]
    public async Task An_unknown_story_is_a_404_problem_saying_so()
    {
        var response = await Client.GetAsync("/api/stories/999", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("No story has id 999.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}

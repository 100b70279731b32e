using System.Text.Json;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data;
using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Api;

// The JSON field names (and their order) that API callers read: a rename of a C# member must
// not rename a field. The change log is handed to the consumers by the test.
public sealed class ApiJsonNamesTests : AppTest
{
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(path, Ct));
        return doc.RootElement.Clone();
    }

    private const string SourceUrl = "https://www.example.org/news/names";

    private static string[] Names(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];

    // The seed is article 1; this one links to it by a teaser and by its related list.
    private async Task<int> StoreArticleWithTeaserAndRelatedAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync(Ct);
        var article = new Article
        {
            Title = "خبر", Slug = "خبر", TitleKey = "خبر", ContentHash = "names", Status = ArticleStatus.Published,
            SourceUrl = SourceUrl,
            Blocks = [new ContentBlock(BlockKind.Paragraph, "نص الخبر", TextDirection.Rtl)],
            Teasers = [new ArticleTeaser { Text = "خبر مرتبط", NormalizedText = "خبر مرتبط", LinkedArticleId = 1 }],
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync(Ct);
        db.RelatedLinks.Add(new RelatedLink { ArticleId = article.Id, RelatedArticleId = 1, Kind = RelatedLinkKind.SameStory, Position = 0 });
        await db.SaveChangesAsync(Ct);
        return article.Id;
    }

    [Fact]
    public async Task Article_json_keeps_its_field_names()
    {
        var id = await StoreArticleWithTeaserAndRelatedAsync();

        var json = await JsonAsync($"/api/articles/{id}");

        Assert.Equal(
            ["id", "title", "titleDerived", "slug", "path", "source", "sourceName", "sourceUrl", "byline", "dateline", "attribution",
             "publishedAt", "publishedAtInferred", "status", "tags", "readingMinutes", "markdown", "blocks", "teasers",
             "related", "createdAt", "updatedAt", "story", "coverage", "leadPicture"],
            Names(json));
        Assert.Equal(["kind", "text", "dir", "url", "authorName", "handle", "date"], Names(json.GetProperty("blocks")[0]));
        Assert.Equal(["text", "path"], Names(json.GetProperty("teasers")[0]));
        Assert.Equal(["id", "title", "path", "sourceUrl", "source", "publishedAt", "kind"], Names(json.GetProperty("related")[0]));
    }

    [Fact]
    public async Task Article_by_source_url_json_keeps_its_field_names()
    {
        await StoreArticleWithTeaserAndRelatedAsync();

        var json = await JsonAsync("/api/articles?sourceUrl=" + Uri.EscapeDataString(SourceUrl));

        Assert.Equal(["items"], Names(json));
        Assert.Equal(["id", "title", "path", "sourceUrl"], Names(json.GetProperty("items")[0]));
    }

    [Fact]
    public async Task Search_json_keeps_its_field_names()
    {
        await App.FollowChangesAsync(Ct);

        var json = await JsonAsync("/api/search?q=" + Uri.EscapeDataString("قره باغ"));

        Assert.Equal(["total", "building", "problem", "suggestion", "items", "facets"], Names(json));
        Assert.Equal(["id", "title", "path", "sourceUrl", "snippet", "source", "publishedAt", "score"], Names(json.GetProperty("items")[0]));
        var facets = json.GetProperty("facets");
        Assert.Equal(["source", "year", "month"], Names(facets));
        Assert.Equal(["value", "count"], Names(facets.GetProperty("year")[0]));
    }
}

using System.Net;
using System.Text.Json;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Api;

public sealed class ArticleApiTests : AppTest
{
    private const string Url = "https://www.example.org/news/2015/07/21/قصة";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var importer = App.Services.GetRequiredService<ArticleImporter>();
        await importer.ImportAsync(
            [
                ImportItem.Ok("t", new RawArticle("نص الخبر المنشور عن الرياض", Title: "خبر منشور", SourceUrl: Url, Source: "sabq")),
            ], ArticleStatus.Published, ct: Ct);
        await importer.ImportAsync(
            [ImportItem.Ok("t", new RawArticle("نص مخفي", Title: "مخفي", SourceUrl: Url + "/hidden"))], ArticleStatus.Hidden, ct: Ct);
    }

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(path, Ct));
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task Finds_an_article_by_its_source_url()
    {
        var json = await JsonAsync("/api/articles?sourceUrl=" + Uri.EscapeDataString(Url));
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal("خبر منشور", item.GetProperty("title").GetString());
        Assert.StartsWith("/articles/", item.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(Url, item.GetProperty("sourceUrl").GetString());
    }

    [Fact]
    public async Task Hidden_articles_are_not_found_by_source_url()
    {
        var json = await JsonAsync("/api/articles?sourceUrl=" + Uri.EscapeDataString(Url + "/hidden"));
        Assert.Empty(json.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/articles?sourceUrl=")]
    public async Task A_missing_source_url_is_a_400_with_a_message(string path)
    {
        var response = await Client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sourceUrl", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_json_has_metadata_markdown_blocks_teasers_and_related()
    {
        var json = await JsonAsync("/api/articles/1");
        foreach (var field in new[] { "id", "title", "path", "source", "publishedAt", "markdown", "blocks", "teasers", "related", "status" })
        {
            Assert.True(json.TryGetProperty(field, out _), $"missing {field}");
        }
        Assert.Equal("paragraph", json.GetProperty("blocks")[0].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("related").ValueKind);
    }

    [Theory]
    [InlineData(999999)]
    [InlineData(3)]
    public async Task Unknown_or_hidden_articles_are_404(int id)
    {
        var response = await Client.GetAsync($"/api/articles/{id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

using System.Net;
using System.Text.Json;
using BlazorReader.Search.Following;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Search;

public sealed class SearchApiTests : AppTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        // The seed is imported before the app starts; wait until this instance's index has it.
        var indexer = App.Services.GetRequiredService<StoreIndexer>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((indexer.IsCatchingUp || (await SearchAsync("قره باغ")).GetProperty("total").GetInt32() == 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Ct);
        }
    }

    private async Task<JsonElement> SearchAsync(string query)
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query), Ct));
        return doc.RootElement.Clone();
    }

    [Theory]
    [InlineData("قره باغ")]
    [InlineData("اذربيجان")]
    [InlineData("وبأذربيجان")]
    [InlineData("أذْرَبِيجَان")]
    [InlineData("\"قوات بلاده تواصل التقدم\"")]
    public async Task Finds_the_seed_whatever_the_spelling(string query)
    {
        var json = await SearchAsync(query);
        var item = json.GetProperty("items")[0];
        Assert.Equal(1, item.GetProperty("id").GetInt32());
        Assert.StartsWith("/articles/1/", item.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>", item.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_links_to_the_article_as_the_store_names_it()
    {
        using var article = JsonDocument.Parse(await Client.GetStringAsync("/api/articles/1", Ct));
        var item = (await SearchAsync("قره باغ")).GetProperty("items")[0];
        Assert.Equal(article.RootElement.GetProperty("path").GetString(), item.GetProperty("path").GetString());
        Assert.Equal(article.RootElement.GetProperty("sourceUrl").ToString(), item.GetProperty("sourceUrl").ToString());
    }

    [Fact]
    public async Task Answers_with_total_items_and_facets()
    {
        var json = await SearchAsync("أرمينيا");
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("facets").GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("facets").GetProperty("year").ValueKind);
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=x&page=0")]
    [InlineData("/api/search?q=x&page=abc")]
    [InlineData("/api/search?q=x&size=1000")]
    [InlineData("/api/search?q=x&from=yesterday")]
    [InlineData("/api/search?q=x&sort=random")]
    public async Task Bad_parameters_are_400_with_a_message(string path)
    {
        var response = await Client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"detail\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("في من على")]
    [InlineData("ًٌٍَُِّْ")]
    [InlineData("title:x AND (body:y OR *)~2^3 \\ / [a TO b]")]
    [InlineData("\"unbalanced quote")]
    [InlineData("\u0001\u0002\u001f")]
    [InlineData("-فقط")]
    public async Task Hostile_queries_answer_200_never_500(string query)
    {
        var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_cut_and_answered()
    {
        var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("قره باغ ", 1250))), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_search_page_shows_highlighted_results_and_keeps_the_query()
    {
        var html = await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("قره باغ"), Ct);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/1/", html, StringComparison.Ordinal);
        Assert.Contains("name=\"q\" value=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_says_when_nothing_was_found()
    {
        var html = await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("كلمةلاتوجد مطلقا"), Ct);
        Assert.Contains("لا توجد نتائج", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_word_is_searched_as_its_correction_and_offered_as_the_suggestion()
    {
        var json = await SearchAsync("اذربيحان قره باغ");
        Assert.Equal("اذربيجان قره باغ", json.GetProperty("suggestion").GetString());
        Assert.Equal(1, json.GetProperty("items")[0].GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await SearchAsync("أذربيجان")).GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task The_search_page_asks_did_you_mean_with_a_link_to_the_corrected_query()
    {
        var html = await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("اذربيحان"), Ct);
        Assert.Contains("هل تقصد:", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=" + Uri.EscapeDataString("اذربيجان"), html, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/1/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_as_typed_looks_for_no_correction_and_offers_none()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync("/api/search?astyped=1&q=" + Uri.EscapeDataString("اذربيحان"), Ct));
        Assert.Equal(0, doc.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("suggestion").ValueKind);

        using var right = JsonDocument.Parse(await Client.GetStringAsync("/api/search?astyped=true&q=" + Uri.EscapeDataString("اذربيجان"), Ct));
        Assert.Equal(1, right.RootElement.GetProperty("items")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_search_as_typed_still_ranks_the_articles_that_hold_most_of_the_words()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync("/api/search?astyped=1&q=" + Uri.EscapeDataString("قره باغ زززقق"), Ct));
        Assert.Equal(1, doc.RootElement.GetProperty("items")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task An_unknown_as_typed_value_is_refused_with_a_message()
    {
        var response = await Client.GetAsync("/api/search?q=x&astyped=maybe", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("astyped", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_offers_the_words_as_typed_beside_the_correction_and_keeps_them_so()
    {
        var html = await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("اذربيحان"), Ct);
        Assert.Contains("كما كُتبت", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=" + Uri.EscapeDataString("اذربيحان") + "&amp;astyped=1\"", html, StringComparison.Ordinal);

        var asTyped = await Client.GetStringAsync("/search?astyped=1&q=" + Uri.EscapeDataString("اذربيحان"), Ct);
        Assert.DoesNotContain("هل تقصد:", asTyped, StringComparison.Ordinal);
        Assert.Contains("name=\"astyped\" value=\"1\"", asTyped, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text.Json;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Accounts;
using BlazorReader.Data.Importing;
using BlazorReader.Search.Completion;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Search;

// /api/suggest: completions of published headlines, for readers and editors alike.
public sealed class SuggestApiTests : IAsyncLifetime
{
    private readonly ReaderAppFactory app = new(followChanges: false);
    private HttpClient client = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        client = app.CreateClient(new() { AllowAutoRedirect = false });
        var importer = app.Services.GetRequiredService<ArticleImporter>();
        await importer.ImportAsync(
            [
                ImportItem.Ok("a", new RawArticle("أعلنت وزارة الصحة عن وظائف جديدة للممرضين في مناطق المملكة.", Title: "وزارة الصحة تعلن عن وظائف فني تمريض")),
                ImportItem.Ok("b", new RawArticle("حذرت وزارة الصحة من موجة حر تضرب المنطقة الشرقية هذا الأسبوع.", Title: "وزارة الصحة تحذر من موجة الحر")),
            ],
            ArticleStatus.Published, ct: Ct);
        await importer.ImportAsync(
            [ImportItem.Ok("draft", new RawArticle("مسودة عن الزعفران الإيراني وأسعاره في الأسواق.", Title: "الزعفران الإيراني في مسودة"))],
            ArticleStatus.Draft, ct: Ct);
        await app.FollowChangesAsync(Ct);
        // As a reader's lookup would start in the background once the index has moved on.
        app.Services.GetRequiredService<ArticleCompletions>().Refresh();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        ReaderAppFactory.DeleteFolder(app.DataDirectory);
    }

    private static async Task<JsonElement> ItemsAsync(HttpClient http, string q)
    {
        var response = await http.GetAsync("/api/suggest?q=" + Uri.EscapeDataString(q), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(q, doc.RootElement.GetProperty("q").GetString());
        return doc.RootElement.GetProperty("items").Clone();
    }

    [Fact]
    public async Task Offers_phrases_as_searches_and_headlines_as_articles()
    {
        var items = await ItemsAsync(client, "وزاره ال");
        var phrase = items.EnumerateArray().First(i => i.GetProperty("kind").GetString() == "phrase");
        Assert.Equal(("وزارة الصحة", "/search?q=" + Uri.EscapeDataString("وزارة الصحة")),
            (phrase.GetProperty("text").GetString(), phrase.GetProperty("path").GetString()));
        var headline = items.EnumerateArray().First(i => i.GetProperty("kind").GetString() == "title");
        Assert.StartsWith("/articles/", headline.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(["text", "kind", "path"], headline.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Takes_two_letters_after_a_clitic()
    {
        var items = await ItemsAsync(client, "والصح");
        Assert.Contains(items.EnumerateArray(), i => i.GetProperty("text").GetString() == "الصحة");
    }

    [Fact]
    public async Task Answers_briefly_cacheable_json()
    {
        var response = await client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString("وز"), Ct);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: > 0 and <= 300 });
    }

    [Fact]
    public async Task Never_completes_a_draft_even_for_an_editor()
    {
        using var editor = await SignedInClient.SignInAsync(app, "editor@example.org", Roles.Editor);
        Assert.Equal(0, (await ItemsAsync(client, "الزعفر")).GetArrayLength());
        Assert.Equal(0, (await ItemsAsync(editor, "الزعفر")).GetArrayLength());
        Assert.Equal(0, (await ItemsAsync(client, "مسودة")).GetArrayLength());
    }

    [Fact]
    public async Task Nothing_matching_is_an_empty_list()
    {
        Assert.Equal(0, (await ItemsAsync(client, "qzx")).GetArrayLength());
    }

    [Theory]
    [InlineData("/api/suggest", "letters")]
    [InlineData("/api/suggest?q=", "letters")]
    [InlineData("/api/suggest?q=%20%20", "letters")]
    [InlineData("/api/suggest?q=%D9%88", "letters")]
    [InlineData("/api/suggest?q=%D9%88%D9%8E", "letters")]
    [InlineData("/api/suggest?q=%D9%88%D8%B2%00", "control")]
    [InlineData("/api/suggest?q=%D9%88%D8%B2%0A", "control")]
    [InlineData("/api/suggest?q=ab&q=cd", "once")]
    public async Task Bad_input_is_400_with_a_message(string path, string reason)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains(reason, doc.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_long_input_is_400_with_a_message()
    {
        var response = await client.GetAsync("/api/suggest?q=" + new string('ب', 101), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 100", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "site-search-q")]
    [InlineData("/search?q=x", "search-page-q")]
    public async Task Search_boxes_are_comboboxes_of_plain_get_forms(string path, string id)
    {
        var html = await client.GetStringAsync(path, Ct);
        Assert.Matches($"<form class=\"search-form[^\"]*\" method=\"get\" action=\"/search\"[^>]*>\\s*<label[^>]*for=\"{id}\"", html);
        Assert.Matches($"<input id=\"{id}\" type=\"search\" name=\"q\"[^>]* role=\"combobox\" aria-autocomplete=\"list\" aria-expanded=\"false\" aria-controls=\"{id}-suggestions\"", html);
        Assert.Contains($"<ul id=\"{id}-suggestions\" class=\"suggest-list\" role=\"listbox\"", html, StringComparison.Ordinal);
    }
}

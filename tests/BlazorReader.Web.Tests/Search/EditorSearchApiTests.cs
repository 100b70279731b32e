using System.Net;
using System.Text.Json;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Accounts;
using BlazorReader.Data.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Search;

// /api/search: readers see published articles only; editors see drafts and hidden ones too.
public sealed class EditorSearchApiTests : IAsyncLifetime
{
    private readonly ReaderAppFactory app = new(followChanges: false);
    private HttpClient client = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        client = app.CreateClient(new() { AllowAutoRedirect = false });
        await app.Services.GetRequiredService<ArticleImporter>().ImportAsync(
            [ImportItem.Ok("draft", new RawArticle("مسودة عن الزعفران الإيراني وأسعاره في الأسواق.", Title: "مسودة الزعفران"))],
            ArticleStatus.Draft, ct: Ct);
        await app.FollowChangesAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        ReaderAppFactory.DeleteFolder(app.DataDirectory);
    }

    [Fact]
    public async Task Readers_do_not_find_drafts()
    {
        Assert.Equal(0, await TotalAsync(client, "/api/search?q=" + Uri.EscapeDataString("الزعفران")));
    }

    [Fact]
    public async Task Readers_asking_for_drafts_are_refused_with_a_reason()
    {
        var response = await client.GetAsync("/api/search?q=x&status=draft", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("editors", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_find_drafts_and_can_narrow_by_status()
    {
        using var editor = await SignedInClient.SignInAsync(app, "editor@example.org", Roles.Editor);
        var q = Uri.EscapeDataString("الزعفران");
        Assert.Equal(1, await TotalAsync(editor, "/api/search?q=" + q));
        Assert.Equal(0, await TotalAsync(editor, "/api/search?status=published&q=" + q));
        Assert.Equal(1, await TotalAsync(editor, "/api/search?status=draft,hidden&q=" + q));
    }

    [Fact]
    public async Task An_unknown_status_is_a_bad_request()
    {
        using var editor = await SignedInClient.SignInAsync(app, "editor@example.org", Roles.Editor);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync("/api/search?q=x&status=secret", Ct)).StatusCode);
    }

    private static async Task<int> TotalAsync(HttpClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url, Ct));
        return json.RootElement.GetProperty("total").GetInt32();
    }
}

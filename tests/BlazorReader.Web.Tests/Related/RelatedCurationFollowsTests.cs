using System.Text.Json;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Writing;
using BlazorReader.Data.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Related;

// An editor's pin or hide reaches the public related list once the change log is applied.
public sealed class RelatedCurationFollowsTests : AppTest
{
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(
        [
            ImportItem.Ok("a", new RawArticle("هطلت أمطار غزيرة على الرياض مساء أمس وأغلقت عدة طرق.", "أمطار على الرياض", "okaz", "https://okaz/rain")),
            ImportItem.Ok("b", new RawArticle("ارتفع مؤشر السوق السعودية في ختام تداولات الأسبوع.", "السوق ترتفع", "sabq", "https://sabq/market")),
        ], ArticleStatus.Published, ct: Ct);
        await App.FollowChangesAsync(Ct);
    }

    [Fact]
    public async Task A_pinned_story_leads_the_public_list_and_a_hidden_one_leaves_it()
    {
        var changes = App.Services.GetRequiredService<ArticleChanges>();
        Assert.True(await changes.CurateRelatedAsync(2, 3, RelatedChange.Pin, "editor@example.org", Ct));
        await App.FollowChangesAsync(Ct);
        var first = (await RelatedAsync(2))[0];
        Assert.Equal((3, "pinned"), (first.GetProperty("id").GetInt32(), first.GetProperty("kind").GetString()));

        Assert.True(await changes.CurateRelatedAsync(2, 3, RelatedChange.Hide, "editor@example.org", Ct));
        await App.FollowChangesAsync(Ct);
        Assert.DoesNotContain(await RelatedAsync(2), r => r.GetProperty("id").GetInt32() == 3);
    }

    [Fact]
    public async Task A_new_related_list_gives_the_article_page_a_new_etag_so_readers_do_not_keep_the_old_one()
    {
        var before = (await Client.GetAsync("/articles/2", Ct)).Headers.ETag;
        await App.Services.GetRequiredService<ArticleChanges>().CurateRelatedAsync(2, 3, RelatedChange.Pin, "editor@example.org", Ct);
        await App.FollowChangesAsync(Ct);
        var after = await Client.GetAsync("/articles/2", Ct);
        Assert.NotEqual(before, after.Headers.ETag);
        Assert.Contains("/articles/3/", await after.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> RelatedAsync(int id)
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync($"/api/articles/{id}", Ct));
        return [.. json.RootElement.GetProperty("related").EnumerateArray().Select(e => e.Clone())];
    }
}

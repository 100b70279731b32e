using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Caching;

// Anonymous pages come from the output cache until the change log says an article changed.
// The log is followed by hand here, so each test sees the cached page first, then the new one.
public sealed class PageCacheTests : AppTest
{
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    [Fact]
    public async Task A_cached_home_page_lists_a_new_article_once_the_change_is_followed()
    {
        Assert.DoesNotContain("/articles/2/", await Client.GetStringAsync("/", Ct), StringComparison.Ordinal);
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(
            [ImportItem.Ok("t", new RawArticle("خبر جديد عن الطقس في الرياض اليوم", Title: "خبر جديد عن الطقس", PublishedAt: DateTime.UtcNow))],
            ArticleStatus.Published, ct: Ct);
        Assert.DoesNotContain("/articles/2/", await Client.GetStringAsync("/", Ct), StringComparison.Ordinal);

        await App.FollowChangesAsync(Ct);

        Assert.Contains("/articles/2/", await Client.GetStringAsync("/", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_article_page_shows_an_edit_once_the_change_is_followed()
    {
        Assert.DoesNotContain("عنوان بعد التحرير", await Client.GetStringAsync("/articles/1", Ct), StringComparison.Ordinal);
        var changes = App.Services.GetRequiredService<ArticleChanges>();
        var (edit, version) = (await changes.LoadAsync(1, Ct))!.Value;
        Assert.IsType<SaveOutcome.Saved>(await changes.SaveEditAsync(1, version, edit with { Title = "عنوان بعد التحرير" }, "editor@example.org", Ct));
        Assert.DoesNotContain("عنوان بعد التحرير", await Client.GetStringAsync("/articles/1", Ct), StringComparison.Ordinal);

        await App.FollowChangesAsync(Ct);

        Assert.Contains("عنوان بعد التحرير", await Client.GetStringAsync("/articles/1", Ct), StringComparison.Ordinal);
    }
}

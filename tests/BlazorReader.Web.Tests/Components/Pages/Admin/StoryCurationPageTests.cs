using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Accounts;
using BlazorReader.Data.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

// The story tab as an editor first sees it (prerendered): the story, its members, the actions.
public sealed class StoryCurationPageTests : AppTest
{
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    private const string Cell = "أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في مدينة الرياض تضم ستة أشخاص كانوا يخططون لتنفيذ هجمات على منشآت حكومية، وقالت الوزارة في بيان إن قوات الأمن ضبطت أسلحة ومتفجرات في موقعين شمال المدينة، وإن التحقيقات مستمرة لمعرفة ارتباطات الخلية بتنظيمات خارجية.";

    [Fact]
    public async Task An_editor_sees_the_articles_story_with_its_members_and_the_split_merge_and_retitle_actions()
    {
        var day = new DateTime(2015, 7, 21, 8, 0, 0, DateTimeKind.Utc);
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(
        [
            ImportItem.Ok("a", new RawArticle("واس - الرياض: " + Cell, "القبض على خلية إرهابية في الرياض", "was", "https://was/1", PublishedAt: day)),
            ImportItem.Ok("b", new RawArticle(Cell + " وستعلن التفاصيل لاحقا.", "ضبط خلية إرهابية بالرياض", "okaz", "https://okaz/1", PublishedAt: day)),
        ], ArticleStatus.Published, ct: Ct);
        await App.FollowChangesAsync(Ct);
        using var editor = await SignedInClient.SignInAsync(App, "editor@example.org", Roles.Editor);

        var html = await editor.GetStringAsync("/admin/articles/2/story", Ct);

        Assert.Contains("href=\"/admin/articles/2/story\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/articles/3/story\"", html, StringComparison.Ordinal);
        Assert.Contains("افصل هذا المقال عن القصة", html, StringComparison.Ordinal);
        Assert.Contains("ادمج مع قصة أخرى", html, StringComparison.Ordinal);
        Assert.Contains("عنوان القصة", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/stories/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_without_a_story_says_so()
    {
        using var editor = await SignedInClient.SignInAsync(App, "editor@example.org", Roles.Editor);

        var html = await editor.GetStringAsync("/admin/articles/1/story", Ct);

        Assert.Contains("ليس في قصة", html, StringComparison.Ordinal);
        Assert.DoesNotContain("افصل هذا المقال", html, StringComparison.Ordinal);
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Endpoints;

// The change log is handed to its consumers by the test, so the page is read exactly
// once the import is applied: no polling, no deadline.
public sealed class RelatedOnPageTests : AppTest
{
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    private const string Story = "أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في مدينة الرياض تضم ستة أشخاص كانوا يخططون لتنفيذ هجمات على منشآت حكومية، وقالت الوزارة في بيان إن قوات الأمن ضبطت أسلحة ومتفجرات في موقعين شمال المدينة، وإن التحقيقات مستمرة لمعرفة ارتباطات الخلية بتنظيمات خارجية.";

    [Fact]
    public async Task An_imported_retelling_appears_under_the_article_as_the_same_story_from_another_source()
    {
        var day = new DateTime(2015, 7, 21, 8, 0, 0, DateTimeKind.Utc);
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(
        [
            ImportItem.Ok("a", new RawArticle("واس - الرياض: " + Story, "القبض على خلية إرهابية في الرياض", "was", "https://was/1", PublishedAt: day)),
            ImportItem.Ok("b", new RawArticle(Story + " وستعلن التفاصيل لاحقا.", "ضبط خلية إرهابية بالرياض", "okaz", "https://okaz/1", PublishedAt: day)),
        ], ArticleStatus.Published, ct: Ct);
        await App.FollowChangesAsync(Ct);

        var html = await Client.GetStringAsync("/api/articles/2", Ct);
        Assert.Contains("\"kind\":\"same-story\"", html, StringComparison.Ordinal);
        var page = await Client.GetStringAsync("/articles/2", Ct);
        Assert.Contains("class=\"related\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"same-story\"", page, StringComparison.Ordinal);
    }
}

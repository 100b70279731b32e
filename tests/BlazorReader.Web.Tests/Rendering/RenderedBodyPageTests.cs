using AngleSharp.Html.Parser;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Rendering;

// The body a page shows was rendered once and kept (BodyHtmlCache): a later edit still shows.
// The change log is handed to the consumers by the test, so the page cache is emptied when the
// test says, as the poller would.
public sealed class RenderedBodyPageTests : AppTest
{
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    private async Task SaveAsync(string markdown)
    {
        var changes = App.Services.GetRequiredService<ArticleChanges>();
        var (edit, version) = (await changes.LoadAsync(2, Ct))!.Value;
        Assert.IsType<SaveOutcome.Saved>(await changes.SaveEditAsync(2, version, edit with { BodyMarkdown = markdown, Status = ArticleStatus.Published }, "editor@example.org", Ct));
        await App.FollowChangesAsync(Ct);
    }

    [Fact]
    public async Task A_second_edit_shows_on_the_page_after_the_first_was_rendered_and_kept()
    {
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(
            [ImportItem.Ok("edited", new RawArticle("خبر قصير للتحرير", Title: "خبر للتحرير", Source: "s"))], ArticleStatus.Draft, ct: Ct);
        await SaveAsync("## عنوان أول\n\nقال **الوزير** إن الاتفاق قريب.\n");
        Assert.Contains("عنوان أول", await Client.GetStringAsync("/articles/2", Ct), StringComparison.Ordinal);

        await SaveAsync("## عنوان ثان\n\nقال **الوزير** إن الاتفاق بعيد.\n");

        var body = new HtmlParser().ParseDocument(await Client.GetStringAsync("/articles/2", Ct)).QuerySelector(".article-body")!;
        Assert.Equal("عنوان ثان", body.QuerySelector("h2")!.TextContent);
        Assert.DoesNotContain("قريب", body.TextContent, StringComparison.Ordinal);
    }
}

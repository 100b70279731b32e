using System.Text.Json;
using AngleSharp.Html.Parser;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Rendering;

// The whole path: an editor saves Markdown through the write unit, a reader gets the page.
public sealed class EditedArticlePageTests : AppTest
{
    private async Task SaveBodyAsync(string markdown)
    {
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(
            [ImportItem.Ok("edited", new RawArticle("خبر قصير للتحرير", Title: "خبر للتحرير", Source: "s"))], ArticleStatus.Draft, ct: Ct);
        var changes = App.Services.GetRequiredService<ArticleChanges>();
        var (edit, version) = (await changes.LoadAsync(2, Ct))!.Value;
        var saved = await changes.SaveEditAsync(2, version, edit with { BodyMarkdown = markdown, Status = ArticleStatus.Published }, "editor@example.org", Ct);
        Assert.IsType<SaveOutcome.Saved>(saved);
    }

    [Fact]
    public async Task A_subheading_and_a_list_an_editor_saves_are_rendered_on_the_public_page()
    {
        await SaveBodyAsync("## عنوان فرعي\n\nقال **الوزير** إن الاتفاق قريب.\n\n- بند أول\n- بند ثان\n");
        var page = new HtmlParser().ParseDocument(await Client.GetStringAsync("/articles/2", Ct));
        var body = page.QuerySelector(".article-body")!;
        Assert.Equal("عنوان فرعي", body.QuerySelector("h2#عنوان-فرعي")!.TextContent);
        Assert.Equal("الوزير", body.QuerySelector("p strong")!.TextContent);
        Assert.Equal(["بند أول", "بند ثان"], body.QuerySelectorAll("ul > li").Select(li => li.TextContent));
        Assert.DoesNotContain("##", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lead_and_the_api_read_the_text_without_its_markup()
    {
        await SaveBodyAsync("## عنوان فرعي\n\nقال **الوزير** إن [الاتفاق](https://example.com) قريب.\n\n- بند أول\n");
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/articles/2", Ct));
        Assert.Equal(["markdown", "markdown", "markdown"], json.RootElement.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("kind").GetString()));
        var feed = await Client.GetStringAsync("/feed", Ct);
        Assert.Contains("<description>قال الوزير إن الاتفاق قريب.</description>", feed, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RendererXssTests.Payloads), MemberType = typeof(RendererXssTests))]
    public async Task Markdown_payloads_saved_by_an_editor_are_inert_on_the_public_page(string payload)
    {
        await SaveBodyAsync("## عنوان\n\nفقرة أولى.\n\n" + payload + "\n\n- بند\n");
        var html = await Client.GetStringAsync("/articles/2", Ct);
        InertMarkup.AssertInert(html, wholePage: true);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
    }
}

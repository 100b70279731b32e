using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Markdown;
using BlazorReader.Data;
using BlazorReader.Data.Media;
using BlazorReader.Data.Writing;
using BlazorReader.Web.Components.Pages.Admin;
using BlazorReader.Web.Rendering;
using BlazorReader.Web.Tests.Media;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

// Pictures on the edit page, over a real SQLite store holding one article and a library.
public sealed class ArticleEditPicturesTests : EditPageTestBase
{
    private IRenderedComponent<ArticleEditPage> Page()
    {
        var cut = Render<ArticleEditPage>(p => p.Add(x => x.Id, 1));
        cut.WaitForAssertion(() => cut.Find("form"));
        return cut;
    }

    [Fact]
    public async Task A_lead_picture_chosen_from_the_library_shows_above_the_preview_and_is_saved()
    {
        var picture = await LibraryPictures.AddAsync(Services, 1200, 600, alt: "مبنى المدرسة الجديدة");
        var cut = Page();
        Assert.Empty(cut.FindAll(".admin-preview figure"));

        cut.Find(".lead-choose").Click();
        cut.WaitForAssertion(() => cut.Find($"tr[data-media='{picture.Id}'] button"));
        cut.Find($"tr[data-media='{picture.Id}'] button").Click();

        cut.WaitForAssertion(() => Assert.Equal("مبنى المدرسة الجديدة", cut.Find(".lead-alt").TextContent));
        var img = cut.Find(".admin-preview .article-body > figure:first-child picture img");
        Assert.Equal(("مبنى المدرسة الجديدة", "eager"), (img.GetAttribute("alt"), img.GetAttribute("loading")));
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Equal(picture.Id, Changes.LoadAsync(1, Ct).GetAwaiter().GetResult()!.Value.Edit.LeadMediaId));
    }

    [Fact]
    public async Task Clearing_the_lead_picture_takes_it_out_of_the_preview_and_the_store()
    {
        var picture = await LibraryPictures.AddAsync(Services, 1200, 600);
        var (edit, version) = (await Changes.LoadAsync(1, Ct))!.Value;
        Assert.IsType<SaveOutcome.Saved>(await Changes.SaveEditAsync(1, version, edit with { LeadMediaId = picture.Id }, "editor@example.org", Ct));
        var cut = Page();
        cut.WaitForAssertion(() => cut.Find(".admin-preview figure"));

        cut.Find(".lead-clear").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".admin-preview figure")));
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Null(Changes.LoadAsync(1, Ct).GetAwaiter().GetResult()!.Value.Edit.LeadMediaId));
    }

    [Fact]
    public async Task The_preview_renders_a_body_picture_as_the_public_page_does()
    {
        var picture = await LibraryPictures.AddAsync(Services, 1000, 500, alt: "ساحة المدرسة", caption: "يوم الافتتاح", credit: "واس");
        var (edit, version) = (await Changes.LoadAsync(1, Ct))!.Value;
        var body = edit.BodyMarkdown + "\n\n" + MediaReference.Markdown(picture.Id, "الساحة صباحًا");
        Assert.IsType<SaveOutcome.Saved>(await Changes.SaveEditAsync(1, version, edit with { BodyMarkdown = body }, "editor@example.org", Ct));
        var publicBody = BodyHtml.Render(EditedBody.Read(body).Blocks, new Dictionary<int, MediaPicture> { [picture.Id] = picture });

        var cut = Page();

        cut.WaitForAssertion(() => cut.Find(".admin-preview .article-body figure"));
        cut.Find(".admin-preview .article-body").MarkupMatches($"<div class=\"article-body\">{publicBody}</div>");
        Assert.Equal("الساحة صباحًا", cut.Find(".admin-preview figure img").GetAttribute("alt"));
    }

    [Fact]
    public async Task A_picture_typed_into_the_body_appears_in_the_preview()
    {
        var picture = await LibraryPictures.AddAsync(Services, 1000, 500, alt: "ساحة المدرسة");
        var cut = Page();
        Assert.Empty(cut.FindAll(".admin-preview figure"));

        cut.Find("textarea").Input("افتتح الوزير المدرسة.\n\n" + MediaReference.Markdown(picture.Id, "الساحة صباحًا", "يوم الافتتاح"));

        cut.WaitForAssertion(() => Assert.Equal("يوم الافتتاح", cut.Find(".admin-preview figure figcaption").TextContent), TimeSpan.FromSeconds(5));
        Assert.StartsWith($"/media/{picture.Id}/", cut.Find(".admin-preview figure img").GetAttribute("src"), StringComparison.Ordinal);
    }
}

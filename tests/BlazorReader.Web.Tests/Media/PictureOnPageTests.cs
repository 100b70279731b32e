using System.Net;
using AngleSharp.Html.Parser;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Core.Markdown;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Media;

// The whole path: a picture in the library, an editor's body naming it, a reader's page and
// the picture's variants under the page's own security policy.
public sealed class PictureOnPageTests : AppTest
{
    private async Task SaveBodyAsync(string markdown)
    {
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(
            [ImportItem.Ok("edited", new RawArticle("خبر قصير للتحرير", Title: "خبر بصورة", Source: "s"))], ArticleStatus.Draft, ct: Ct);
        var changes = App.Services.GetRequiredService<ArticleChanges>();
        var (edit, version) = (await changes.LoadAsync(2, Ct))!.Value;
        var saved = await changes.SaveEditAsync(2, version, edit with { BodyMarkdown = markdown, Status = ArticleStatus.Published }, "editor@example.org", Ct);
        Assert.IsType<SaveOutcome.Saved>(saved);
    }

    [Fact]
    public async Task A_picture_an_editor_puts_in_a_body_is_a_figure_whose_variants_load()
    {
        var picture = await LibraryPictures.AddAsync(App.Services, 1000, 500, alt: "منصة المهرجان", caption: "افتتاح المهرجان", credit: "واس");
        await SaveBodyAsync("قال المنظمون إن الحفل بدأ.\n\n" + MediaReference.Markdown(picture.Id, "المنصة قبل الافتتاح") + "\n\nوانتهى مساء.");

        var response = await Client.GetAsync("/articles/2", Ct);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        var figure = page.QuerySelector(".article-body figure")!;
        var img = figure.QuerySelector("picture img")!;
        Assert.Equal(("المنصة قبل الافتتاح", "1000", "500", "lazy"), (img.GetAttribute("alt"), img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading")));
        Assert.Equal("افتتاح المهرجان — واس", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Contains("img-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var sources = figure.QuerySelector("source")!.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[0]).Append(img.GetAttribute("src")!);
        foreach (var source in sources)
        {
            var variant = await Client.GetAsync(source, Ct);
            Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
            Assert.Equal("nosniff", variant.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }
}

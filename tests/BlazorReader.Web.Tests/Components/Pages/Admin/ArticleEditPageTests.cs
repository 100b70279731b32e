using BlazorReader.Core.Articles;
using BlazorReader.Data;
using BlazorReader.Data.Writing;
using BlazorReader.Web.Components.Pages.Admin;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

// The edit page over a real SQLite store holding one article.
public sealed class ArticleEditPageTests : EditPageTestBase
{

    [Fact]
    public void The_preview_follows_the_title_as_the_editor_types()
    {
        var cut = Render<ArticleEditPage>(p => p.Add(x => x.Id, 1));
        cut.WaitForAssertion(() => Assert.Equal("افتتاح مدرسة في جدة", cut.Find(".admin-preview h1").TextContent));
        cut.FindAll("input").First(i => i.GetAttribute("value") == "افتتاح مدرسة في جدة").Input("افتتاح مدرسة كبرى في جدة");
        cut.WaitForAssertion(() => Assert.Equal("افتتاح مدرسة كبرى في جدة", cut.Find(".admin-preview h1").TextContent));
    }

    [Fact]
    public async Task A_save_after_someone_else_saved_shows_the_conflict_and_the_difference()
    {
        var cut = Render<ArticleEditPage>(p => p.Add(x => x.Id, 1));
        cut.WaitForAssertion(() => cut.Find("form"));
        var (edit, version) = (await Changes.LoadAsync(1, Ct))!.Value;
        await Changes.SaveEditAsync(1, version, edit with { Title = "عنوان زميل سبقني" }, "colleague@example.org", Ct);

        cut.FindAll("input").First(i => i.GetAttribute("value") == "افتتاح مدرسة في جدة").Input("عنواني أنا");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Contains("colleague@example.org", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Contains("عنوان زميل سبقني", cut.Find("li.diff-removed").TextContent, StringComparison.Ordinal);
        Assert.Contains("عنواني أنا", cut.Find("li.diff-added").TextContent, StringComparison.Ordinal);
        Assert.Equal("عنوان زميل سبقني", (await Changes.LoadAsync(1, Ct))!.Value.Edit.Title);
    }

    [Fact]
    public void An_unknown_article_says_it_is_not_there()
    {
        var cut = Render<ArticleEditPage>(p => p.Add(x => x.Id, 42));
        cut.WaitForAssertion(() => Assert.Contains("لا يوجد مقال بالرقم 42", cut.Markup, StringComparison.Ordinal));
    }
}

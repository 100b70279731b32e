using BlazorReader.Core.Cleaning;
using BlazorReader.Web.Components.Pages.Admin;
using BlazorReader.Web.Components.Pages.Admin.Editor;
using BlazorReader.Web.Editing;
using BlazorReader.Web.Rendering;
using Bunit;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

// The body's toolbar on the edit page: what each button says, and the edit it asks the
// script to write for the selection the text area holds (the script itself runs in Chromium).
public sealed class BodyEditorTests : EditPageTestBase
{
    private const string Body = "افتتح وزير التعليم اليوم مدرسة جديدة في جدة.";
    private readonly BunitJSModuleInterop script;

    public BodyEditorTests()
    {
        script = JSInterop.SetupModule("./js/editor.js");
    }

    private IRenderedComponent<ArticleEditPage> Page()
    {
        var cut = Render<ArticleEditPage>(p => p.Add(x => x.Id, 1));
        cut.WaitForAssertion(() => cut.Find(".body-toolbar"));
        return cut;
    }

    [Fact]
    public void Each_button_says_in_arabic_what_it_does_and_its_key()
    {
        var cut = Page();

        var names = cut.FindAll(".body-toolbar button").Select(b => b.GetAttribute("aria-label")).ToList();

        Assert.Equal(EditorActions.All.Select(a => a.Hint), names);
        Assert.Equal(["عريض (Ctrl+B)", "مائل (Ctrl+I)", "عنوان فرعي (Ctrl+Alt+2)", "رابط (Ctrl+K)"], names.Take(4));
    }

    [Fact]
    public void The_script_learns_every_shortcut_the_buttons_show()
    {
        Page();

        var attach = script.VerifyInvoke("attach");

        Assert.Equal(EditorActions.All.Count, ((IEnumerable<object>)attach.Arguments[2]!).Count());
    }

    [Theory]
    [InlineData("bold", 6, 10, "افتتح **وزير** التعليم اليوم مدرسة جديدة في جدة.", 8, 12)]
    [InlineData("italic", 6, 10, "افتتح *وزير* التعليم اليوم مدرسة جديدة في جدة.", 7, 11)]
    [InlineData("heading", 0, 0, "## " + Body, 47, 47)]
    [InlineData("bullets", 0, 0, "- " + Body, 46, 46)]
    [InlineData("numbers", 0, 0, "1. " + Body, 47, 47)]
    [InlineData("quote", 0, 0, "> " + Body, 46, 46)]
    public void A_button_writes_its_edit_of_the_selection_back(string action, int start, int end, string text, int newStart, int newEnd)
    {
        script.Setup<BodySelection>("selection", _ => true).SetResult(new BodySelection(Body, start, end));
        var cut = Page();

        cut.Find(".tool-" + action).Click();

        cut.WaitForAssertion(() => Assert.Equal(new BodySelection(text, newStart, newEnd), script.VerifyInvoke("apply").Arguments[1]));
    }

    [Fact]
    public async Task Pasted_rich_text_comes_back_as_markdown_at_the_caret()
    {
        var cut = Page();
        var editor = cut.FindComponent<BodyEditor>().Instance;

        var html = new PastedStream("<p style=\"color:red\"><b class=\"x\">عاجل</b>: افتتاح</p>");

        var edit = await cut.InvokeAsync(() => editor.PasteHtml(html, "قبل . بعد", 4, 4));

        Assert.Equal(new BodySelection("قبل **عاجل**: افتتاح. بعد", 20, 20), edit);
    }

    [Fact]
    public void A_subheading_list_and_link_show_in_the_preview_as_the_public_page_shows_them()
    {
        const string markdown = "## المدرسة الجديدة\n\nتضم المدرسة:\n\n- 24 فصلًا\n- مختبرين\n\nالتفاصيل على [موقع الوزارة](https://example.org/moe).";
        var cut = Page();

        cut.Find("textarea").Input(markdown);

        cut.WaitForAssertion(() => Assert.Equal("المدرسة الجديدة", cut.Find(".admin-preview .article-body h2").TextContent), TimeSpan.FromSeconds(5));
        cut.Find(".admin-preview .article-body").MarkupMatches($"<div class=\"article-body\">{BodyHtml.Render(EditedBody.Read(markdown).Blocks)}</div>");
    }

    // The clipboard's HTML as the script streams it.
    private sealed class PastedStream(string html) : Microsoft.JSInterop.IJSStreamReference
    {
        public long Length => System.Text.Encoding.UTF8.GetByteCount(html);

        public ValueTask<Stream> OpenReadStreamAsync(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<Stream>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html)));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Accounts;
using BlazorReader.Data.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;

namespace BlazorReader.EndToEnd;

// The issue's scenario in Chromium: an editor (not an admin) writes a subheading, a list and
// a link with the toolbar and its keys, pastes formatted text, drops a picture and gives its
// alt text, publishes, and a reader on a phone and on a desktop sees all of it.
[Collection(nameof(BrowserCollection))]
public sealed class EditorTests(BrowserApp app)
{
    // Word's clipboard carries its whole style sheet: far more than one circuit message holds.
    private static readonly string Pasted = "<style>" + string.Concat(Enumerable.Repeat("p.MsoNormal{mso-style-parent:\"\";margin:0cm;font-size:12.0pt;}\n", 6000)) + "</style>"
        + "<p class=\"MsoNormal\" style=\"color:red;mso-bidi-font-weight:normal\">وقال <b>المتحدث</b> إن "
        + "<a href=\"https://example.org/plan?utm_source=mail\" onclick=\"steal()\">الخطة</a> جاهزة.<o:p></o:p></p><script>steal()</script>";

    [Fact]
    public async Task An_editor_formats_pastes_adds_a_picture_publishes_and_readers_see_it()
    {
        var id = await NewDraftAsync();
        var alt = "قاعة الاجتماع " + Guid.NewGuid().ToString("N")[..6];
        var page = await app.SignedInAsync("body-editor@example.org", Roles.Editor);
        await page.GotoAsync($"/admin/articles/{id}");
        await page.Locator(".body-editor[data-editor=ready]").WaitForAsync();
        var text = page.Locator(".body-editor textarea");
        Assert.Equal("plaintext", await text.EvaluateAsync<string>("t => getComputedStyle(t).unicodeBidi"));

        // A subheading by its button, with the caret in the line.
        await AppendAsync(text, "\n\nنتائج الاجتماع");
        await page.GetByRole(AriaRole.Button, new() { Name = "عنوان فرعي (Ctrl+Alt+2)" }).ClickAsync();
        await WaitForValueAsync(text, "## نتائج الاجتماع");
        // A list by its key (the key's place: Ctrl+Shift+8), over two selected lines.
        await AppendAsync(text, "\n\nصيانة الجسور\nإنارة الأحياء");
        await SelectAsync(text, "صيانة الجسور\nإنارة الأحياء");
        await page.Keyboard.PressAsync("Control+Shift+Digit8");
        await WaitForValueAsync(text, "- صيانة الجسور\n- إنارة الأحياء");
        // A link: Ctrl+K asks for the address.
        await AppendAsync(text, "\n\nالتفاصيل على موقع الوزارة.");
        await SelectAsync(text, "موقع الوزارة");
        await page.Keyboard.PressAsync("Control+KeyK");
        // Enter pressed on the field itself: the dialog's focus trap may take the focus from the
        // field after it is filled on a busy machine, and a page-level key press then goes nowhere.
        var address = page.GetByLabel("عنوان الرابط");
        await address.FillAsync("https://example.org/moe");
        await address.PressAsync("Enter");
        await WaitForValueAsync(text, "[موقع الوزارة](https://example.org/moe)");

        // Formatted text from a word processor, pasted as a paragraph of its own.
        await AppendAsync(text, "\n\n");
        await text.EvaluateAsync("""
            (t, html) => {
              t.focus();
              t.setSelectionRange(t.value.length, t.value.length);
              const data = new DataTransfer();
              data.setData('text/html', html);
              data.setData('text/plain', 'وقال المتحدث إن الخطة جاهزة.');
              t.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, Pasted);
        await WaitForValueAsync(text, "\n\nوقال **المتحدث** إن [الخطة](https://example.org/plan) جاهزة.");

        // A picture dropped into the text: its alt text is asked before it is stored.
        await text.EvaluateAsync("""
            (t, b64) => {
              const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
              const data = new DataTransfer();
              data.items.add(new File([bytes], 'hall.jpg', { type: 'image/jpeg' }));
              t.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
            }
            """, Convert.ToBase64String(Photo()));
        await page.GetByLabel("النص البديل (مطلوب)").FillAsync(alt);
        await page.GetByLabel("التعليق").FillAsync("جانب من الاجتماع");
        await page.GetByRole(AriaRole.Button, new() { Name = "أضفها وأدرجها" }).ClickAsync();
        await WaitForValueAsync(text, $"![{alt}](media:");
        await page.Locator(".admin-preview figure img").WaitForAsync();
        await page.Locator(".admin-preview a[href='https://example.org/moe']").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "admin-editor-toolbar.png"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Published and saved.
        await ChooseStatusAsync(page, "منشور");
        await page.GetByRole(AriaRole.Button, new() { Name = "احفظ", Exact = true }).ClickAsync();
        await page.GetByText("حُفظ (المراجعة").WaitForAsync();

        var phoneEditor = await app.SignedInAsync("body-editor@example.org", Roles.Editor, width: 390);
        await phoneEditor.GotoAsync($"/admin/articles/{id}");
        await phoneEditor.Locator(".body-editor[data-editor=ready]").WaitForAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(phoneEditor);

        foreach (var width in (int[])[390, 1280])
        {
            var reader = await app.OpenAsync(width, 900);
            var response = await reader.GotoAsync($"/articles/{id}");
            Assert.True(response?.Status == 200, $"{response?.Status}: {await reader.Locator("main").InnerTextAsync()}");
            var body = reader.Locator(".article-body");
            Assert.Equal("نتائج الاجتماع", await body.Locator("h2").InnerTextAsync());
            Assert.Equal(["صيانة الجسور", "إنارة الأحياء"], await body.Locator("ul li").AllInnerTextsAsync());
            Assert.Equal("noopener nofollow ugc", await body.Locator("a[href='https://example.org/moe']").GetAttributeAsync("rel"));
            Assert.Equal("المتحدث", await body.Locator("p strong").InnerTextAsync());
            Assert.Equal("وقال المتحدث إن الخطة جاهزة.", await body.Locator("p", new() { HasTextString = "المتحدث" }).InnerTextAsync());
            Assert.Equal(0, await reader.Locator("[onclick], .article-body script").CountAsync());
            var img = body.Locator("figure img");
            Assert.Equal(alt, await img.GetAttributeAsync("alt"));
            Assert.True(await img.EvaluateAsync<bool>("i => { i.loading = 'eager'; return i.decode().then(() => i.naturalWidth > 0); }"));
            Assert.InRange(await img.EvaluateAsync<double>("i => i.getBoundingClientRect().width"), 100, width);
            Assert.Equal("rtl", await reader.Locator("html").GetAttributeAsync("dir"));
            await reader.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, $"reader-edited-body-{width}.png"), FullPage = true });
            await Accessibility.AssertNoSeriousViolationsAsync(reader);
        }
    }

    // The status chosen in its menu, and seen chosen before the form is saved: on a busy machine
    // a click on the menu's item while the menu still opens can miss, and the article was then
    // saved as it was (a draft, which readers are not shown).
    private static async Task ChooseStatusAsync(IPage page, string status)
    {
        var select = page.Locator(".mud-select").Filter(new() { HasTextString = "الحالة" }).First;
        for (var attempt = 1; ; attempt++)
        {
            await select.ClickAsync();
            await page.Locator(".mud-popover-open").GetByText(status, new() { Exact = true }).ClickAsync();
            try
            {
                await select.EvaluateAsync(
                    "(s, want) => new Promise((done, fail) => { const t0 = Date.now(); (function look() { if ([...s.querySelectorAll('input')].some(i => i.value === want) || s.innerText.includes(want)) done(); else if (Date.now() - t0 > 10000) fail('not chosen'); else setTimeout(look, 100); })(); })",
                    status);
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    // Typed at the end of the text, as a person types (input events, one after another).
    private static async Task AppendAsync(ILocator text, string typed)
    {
        await text.EvaluateAsync("t => { t.focus(); t.setSelectionRange(t.value.length, t.value.length); }");
        await text.Page.Keyboard.InsertTextAsync(typed);
    }

    private static async Task SelectAsync(ILocator text, string words) =>
        await text.EvaluateAsync("(t, w) => { const i = t.value.lastIndexOf(w); t.focus(); t.setSelectionRange(i, i + w.length); }", words);

    // The text area's value, as the script wrote it back after a round trip to the circuit:
    // a minute, for two cores shared with a test run of the whole suite.
    private static Task WaitForValueAsync(ILocator text, string part) =>
        Assertions.Expect(text).ToHaveValueAsync(new Regex(Regex.Escape(part)), new() { Timeout = 60_000 });

    private static byte[] Photo()
    {
        using var bitmap = new SKBitmap(1200, 800);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.DarkSlateGray);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawRect(200, 200, 800, 400, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    private async Task<int> NewDraftAsync()
    {
        var url = "https://example.org/news/" + Guid.NewGuid().ToString("N");
        var raw = new RawArticle("اجتمع المجلس البلدي مساء أمس لمناقشة خطط الصيانة.", Title: "اجتماع المجلس البلدي", Source: "test", SourceUrl: url);
        await app.Services.GetRequiredService<ArticleImporter>().ImportAsync([ImportItem.Ok("editor-test", raw)], ArticleStatus.Draft);
        await using var scope = app.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<BlazorReader.Data.ReaderDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return (await db.Articles.SingleAsync(a => a.SourceUrl == url)).Id;
    }
}

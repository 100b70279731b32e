using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorReader.EndToEnd;

// An editor's day in a real browser: sign in, fix a title, see it public and searchable,
// undo it from the revisions, and never lose a colleague's save.
[Collection(nameof(BrowserCollection))]
public sealed class AdminTests(BrowserApp app)
{
    [Fact]
    public async Task An_editor_changes_a_title_and_readers_see_it_on_the_page_and_in_search_within_5_seconds()
    {
        var id = await NewArticleAsync("خبر يصحح المحرر عنوانه");
        var page = await app.SignedInAsync("title-editor@example.org");
        await OpenEditorAsync(page, id);
        var title = "عنوان جديد من المحرر " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("العنوان", new() { Exact = true }).FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "احفظ", Exact = true }).ClickAsync();
        await page.GetByText("حُفظ (المراجعة").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "admin-edit.png"), FullPage = true });

        var reader = await app.OpenAsync();
        Assert.True(await WithinAsync(TimeSpan.FromSeconds(5), async () =>
        {
            await reader.GotoAsync($"/articles/{id}");
            return await reader.Locator("article h1").InnerTextAsync() == title;
        }), "the public page did not show the new title within 5 s");
        var suffix = title[^6..];
        Assert.True(await WithinAsync(TimeSpan.FromSeconds(5), async () =>
        {
            await reader.GotoAsync("/search?q=" + Uri.EscapeDataString(suffix));
            return await reader.Locator(".search-results h2").CountAsync() == 1;
        }), "search did not find the new title within 5 s");
    }

    [Fact]
    public async Task Two_editors_on_the_same_article_get_a_conflict_not_a_lost_update()
    {
        var id = await NewArticleAsync("خبر يفتحه محرران معًا");
        var first = await app.SignedInAsync("first@example.org");
        var second = await app.SignedInAsync("second@example.org");
        await OpenEditorAsync(first, id);
        await OpenEditorAsync(second, id);
        await first.GetByLabel("المصدر").FillAsync("مصدر المحرر الأول");
        await first.GetByRole(AriaRole.Button, new() { Name = "احفظ", Exact = true }).ClickAsync();
        await first.GetByText("حُفظ (المراجعة").WaitForAsync();

        await second.GetByLabel("المصدر").FillAsync("مصدر المحرر الثاني");
        await second.GetByRole(AriaRole.Button, new() { Name = "احفظ", Exact = true }).ClickAsync();
        var alert = second.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = "نسخة أحدث" });
        await alert.WaitForAsync();
        Assert.Contains("first@example.org", await alert.InnerTextAsync(), StringComparison.Ordinal);
        await second.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "admin-conflict.png"), FullPage = true });

        var reader = await app.OpenAsync();
        Assert.True(await WithinAsync(TimeSpan.FromSeconds(5), async () =>
        {
            await reader.GotoAsync($"/articles/{id}");
            return (await reader.Locator("article header").InnerTextAsync()).Contains("مصدر المحرر الأول", StringComparison.Ordinal);
        }), "the first editor's save is not what readers see");
    }

    [Fact]
    public async Task Restoring_a_revision_brings_the_old_title_back_as_a_new_revision()
    {
        var id = await NewArticleAsync("خبر يُستعاد عنوانه");
        var page = await app.SignedInAsync("restorer@example.org");
        await OpenEditorAsync(page, id);
        var original = await page.GetByLabel("العنوان", new() { Exact = true }).InputValueAsync();
        await page.GetByLabel("العنوان", new() { Exact = true }).FillAsync("عنوان سيُتراجع عنه");
        await page.GetByRole(AriaRole.Button, new() { Name = "احفظ", Exact = true }).ClickAsync();
        await page.GetByText("حُفظ (المراجعة").WaitForAsync();

        await page.GotoAsync($"/admin/articles/{id}/revisions");
        await page.Locator("[data-circuit=live]").WaitForAsync();
        var rows = page.Locator("tbody tr");
        var before = await rows.CountAsync();
        await rows.Nth(1).GetByRole(AriaRole.Button, new() { Name = "استعد هذه" }).ClickAsync();
        await page.GetByText("استُعيدت المراجعة").WaitForAsync();
        Assert.Equal(before + 1, await rows.CountAsync());
        await OpenEditorAsync(page, id);
        Assert.Equal(original, await page.GetByLabel("العنوان", new() { Exact = true }).InputValueAsync());
    }

    [Fact]
    public async Task An_uploaded_file_is_imported_in_the_background_with_its_result_listed()
    {
        var page = await app.SignedInAsync("importer@example.org");
        await page.GotoAsync("/admin/import");
        await page.Locator("[data-circuit=live]").WaitForAsync();
        // InputFile wires its element after the first interactive render; files chosen before
        // that are never seen by the app (a person cannot click that fast, a test can).
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        var name = "upload-" + Guid.NewGuid().ToString("N")[..8] + ".txt";
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = name, MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes("وصل وفد تجاري إلى الرياض اليوم لبحث التعاون.\nوأكد الوفد أهمية الشراكة.\n© 2020 جميع الحقوق محفوظة"),
        });
        var row = page.Locator("tbody tr", new() { HasTextString = name });
        await row.Filter(new() { HasTextString = "انتهى" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("1", await row.Locator("td").Nth(4).InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "admin-import-done.png"), FullPage = true });
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/articles")]
    [InlineData("/admin/articles/1")]
    [InlineData("/admin/articles/1/revisions")]
    [InlineData("/admin/articles/1/cleaning")]
    [InlineData("/admin/articles/1/related")]
    [InlineData("/admin/import")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/users")]
    [InlineData("/admin/media")]
    public async Task Admin_pages_have_no_serious_accessibility_violations(string path)
    {
        var page = await app.SignedInAsync("axe-admin@example.org");
        await page.GotoAsync(path);
        await page.Locator("[data-circuit=live]").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "admin" + path.Replace('/', '-') + ".png"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_login_page_has_no_serious_accessibility_violations()
    {
        var page = await app.OpenAsync();
        await page.GotoAsync("/account/login");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    // Each test edits its own article: the seed stays as the reading and search tests expect it.
    private async Task<int> NewArticleAsync(string title)
    {
        var url = "https://example.org/news/" + Guid.NewGuid().ToString("N");
        var raw = new RawArticle($"{title}: نص الخبر كما نشرته الصحيفة.\nفقرة ثانية من الخبر.", Title: title, Source: "test", SourceUrl: url);
        await app.Services.GetRequiredService<ArticleImporter>().ImportAsync([ImportItem.Ok("admin-test", raw)], ArticleStatus.Published);
        await using var scope = app.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<BlazorReader.Data.ReaderDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return db.Articles.Single(a => a.SourceUrl == url).Id;
    }

    private static async Task OpenEditorAsync(IPage page, int id)
    {
        await page.GotoAsync($"/admin/articles/{id}");
        await page.Locator("[data-circuit=live]").WaitForAsync();
    }

    // The promise to readers is a deadline, so the check is one: look again until it passes or time is up.
    private static async Task<bool> WithinAsync(TimeSpan limit, Func<Task<bool>> check)
    {
        var deadline = DateTime.UtcNow + limit;
        do
        {
            if (await check())
            {
                return true;
            }
        }
        while (DateTime.UtcNow < deadline);
        return false;
    }
}

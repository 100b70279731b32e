using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;

namespace BlazorReader.EndToEnd;

// An admin puts a picture in the library, makes it an article's lead picture, and a reader
// on a phone sees it loaded above the text.
[Collection(nameof(BrowserCollection))]
public sealed class MediaLibraryTests(BrowserApp app)
{
    private static byte[] Photo()
    {
        using var bitmap = new SKBitmap(1400, 800);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Gold };
            canvas.DrawCircle(700, 400, 260, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    [Fact]
    public async Task An_uploaded_picture_with_alt_text_becomes_a_lead_picture_readers_see()
    {
        var alt = "منصة المهرجان " + Guid.NewGuid().ToString("N")[..6];
        var page = await app.SignedInAsync("media-admin@example.org");
        await page.GotoAsync("/admin/media");
        await page.Locator("[data-circuit=live]").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "stage.jpg", MimeType = "image/jpeg", Buffer = Photo() });
        await page.Locator(".media-picked").WaitForAsync();
        await page.GetByLabel("النص البديل (مطلوب)").FillAsync(alt);
        await page.GetByLabel("التعليق").FillAsync("ليلة الافتتاح");
        await page.GetByRole(AriaRole.Button, new() { Name = "أضف إلى المكتبة" }).ClickAsync();
        var row = page.Locator("tr[data-media]", new() { HasTextString = alt });
        await row.WaitForAsync();
        // decode() waits for the picture (drawn on its first request) and fails if it cannot load.
        Assert.Equal(480, await row.Locator("img").EvaluateAsync<int>("i => i.decode().then(() => i.naturalWidth)"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "admin-media.png"), FullPage = true });

        var id = await NewArticleAsync();
        await page.GotoAsync($"/admin/articles/{id}");
        await page.Locator("[data-circuit=live]").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "اختر من المكتبة" }).ClickAsync();
        await page.Locator("tr[data-media]", new() { HasTextString = alt }).GetByRole(AriaRole.Button, new() { Name = "اختر" }).ClickAsync();
        await page.Locator(".admin-preview figure img").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "احفظ", Exact = true }).ClickAsync();
        await page.GetByText("حُفظ (المراجعة").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "admin-edit-lead-picture.png"), FullPage = true });

        var reader = await app.OpenAsync(390, 844);
        await reader.GotoAsync($"/articles/{id}");
        var img = reader.Locator(".article-body > figure:first-child img");
        await img.WaitForAsync();
        Assert.Equal(alt, await img.GetAttributeAsync("alt"));
        Assert.Equal(".webp", await img.EvaluateAsync<string>("i => i.decode().then(() => i.currentSrc.slice(-5))"));
        Assert.InRange(await img.EvaluateAsync<double>("i => i.getBoundingClientRect().width"), 300, 390);
        await reader.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "reader-lead-picture-390.png"), FullPage = true });
    }

    [Fact]
    public async Task A_picture_an_article_uses_is_not_deleted_and_its_article_is_named_an_unused_one_is()
    {
        var used = await StoredAsync(SKColors.DarkRed, "صورة مستعملة " + Guid.NewGuid().ToString("N")[..6]);
        var unused = await StoredAsync(SKColors.DarkGreen, "صورة غير مستعملة " + Guid.NewGuid().ToString("N")[..6]);
        var article = await NewArticleAsync();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<BlazorReader.Data.ReaderDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.Articles.Where(a => a.Id == article).ExecuteUpdateAsync(s => s.SetProperty(a => a.LeadMediaId, used.Id), TestContext.Current.CancellationToken);
        }
        var page = await app.SignedInAsync("media-admin@example.org");
        await page.GotoAsync("/admin/media");
        await page.Locator("[data-circuit=live]").WaitForAsync();

        var usedRow = page.Locator("tr[data-media]", new() { HasTextString = used.Alt });
        await usedRow.GetByRole(AriaRole.Button, new() { Name = "احذف" }).ClickAsync();
        await usedRow.GetByRole(AriaRole.Button, new() { Name = "احذفها نهائيًا" }).ClickAsync();
        var refusal = page.Locator(".media-refusal");
        await refusal.WaitForAsync();
        Assert.Equal($"/admin/articles/{article}", await refusal.GetByRole(AriaRole.Link, new() { Name = "افتتاح المهرجان" }).GetAttributeAsync("href"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "admin-media-delete-refused.png"), FullPage = true });
        Assert.Equal(1, await usedRow.CountAsync());

        var unusedRow = page.Locator("tr[data-media]", new() { HasTextString = unused.Alt });
        var thumbnail = await unusedRow.Locator("img").GetAttributeAsync("src");
        await unusedRow.GetByRole(AriaRole.Button, new() { Name = "احذف" }).ClickAsync();
        await unusedRow.GetByRole(AriaRole.Button, new() { Name = "احذفها نهائيًا" }).ClickAsync();
        await unusedRow.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(404, (await page.APIRequest.GetAsync(thumbnail!)).Status);
    }

    private async Task<(int Id, string Alt)> StoredAsync(SKColor color, string alt)
    {
        using var bitmap = new SKBitmap(800, 600);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var accepted = BlazorReader.Imaging.PictureUpload.Check(data.ToArray(), BlazorReader.Imaging.UploadLimits.Default).Picture!;
        var saved = await app.Services.GetRequiredService<BlazorReader.Data.Media.MediaLibrary>().AddAsync(new BlazorReader.Data.Media.NewMedia(
            accepted.Bytes, accepted.ContentType, accepted.Width, accepted.Height, accepted.ContentHash, alt, null, null), "media-admin@example.org");
        return (saved.Id!.Value, alt);
    }

    private async Task<int> NewArticleAsync()
    {
        var url = "https://example.org/news/" + Guid.NewGuid().ToString("N");
        var raw = new RawArticle("افتتح المهرجان مساء أمس في الرياض بحضور جمهور كبير.\nواستمرت العروض حتى منتصف الليل.", Title: "افتتاح المهرجان", Source: "test", SourceUrl: url);
        await app.Services.GetRequiredService<ArticleImporter>().ImportAsync([ImportItem.Ok("media-test", raw)], ArticleStatus.Published);
        await using var scope = app.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<BlazorReader.Data.ReaderDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return (await db.Articles.SingleAsync(a => a.SourceUrl == url)).Id;
    }
}

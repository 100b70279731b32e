using System.IO.Compression;
using System.Text;
using BlazorReader.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;

namespace BlazorReader.EndToEnd;

// An editor uploads a zip of Markdown articles with their pictures on the import page: the
// good article is on the site with its picture, the bad one is named in the run's details.
[Collection(nameof(BrowserCollection))]
public sealed class MarkdownImportTests(BrowserApp app)
{
    private static byte[] Photo()
    {
        using var bitmap = new SKBitmap(120, 80);
        bitmap.Erase(SKColors.DarkOliveGreen);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    private static byte[] Zip(string marker)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] bytes)
            {
                using var s = archive.CreateEntry(name).Open();
                s.Write(bytes);
            }
            Add("good.md", Encoding.UTF8.GetBytes($"---\ntitle: واحة الأحساء تستقبل موسم التمور {marker}\nstatus: published\n---\n" +
                "بدأ موسم التمور في الأحساء.\n\n![نخيل محمّل بالتمر](photos/palms.jpg \"نخيل الأحساء\")\n"));
            Add("photos/palms.jpg", Photo());
            Add("bad.md", Encoding.UTF8.GetBytes("---\ntitle: خبر\npublishedAt: غدًا\n---\nنص.\n"));
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task A_zip_of_Markdown_articles_uploaded_on_the_import_page_shows_the_good_one_and_names_the_bad_one()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var page = await app.SignedInAsync("md-importer@example.org");
        await page.GotoAsync("/admin/import");
        await page.Locator("[data-circuit=live]").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        var name = $"md-{marker}.zip";
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/zip", Buffer = Zip(marker) });

        var row = page.Locator("tbody tr", new() { HasTextString = name });
        await row.Filter(new() { HasTextString = "انتهى" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("1", await row.Locator("td").Nth(4).InnerTextAsync());
        await row.Locator("summary").ClickAsync();
        Assert.Contains($"{name}!bad.md: front matter 'publishedAt'", await row.Locator("pre.import-errors").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "admin-import-markdown.png"), FullPage = true });

        var contexts = app.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var article = await db.Articles.SingleAsync(a => a.Title.EndsWith(marker), TestContext.Current.CancellationToken);
        var reader = await app.OpenAsync();
        await reader.GotoAsync(article.Path);
        var figure = reader.Locator("article figure img");
        Assert.Equal("نخيل محمّل بالتمر", await figure.GetAttributeAsync("alt"));
        Assert.Equal("نخيل الأحساء", await reader.Locator("article figure figcaption").InnerTextAsync());
        Assert.True(await figure.EvaluateAsync<bool>("img => img.decode().then(() => img.naturalWidth > 0)"), "the picture did not load");
        await reader.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactFolder, "markdown-article.png"), FullPage = true });
    }
}

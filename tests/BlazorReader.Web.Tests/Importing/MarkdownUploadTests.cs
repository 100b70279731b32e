using System.IO.Compression;
using System.Text;
using BlazorReader.Core.Articles;
using BlazorReader.Data;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Queries;
using BlazorReader.Web.Importing;
using BlazorReader.Web.Tests.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Importing;

// The import page's upload, through the app's own background importer: a zip of Markdown
// articles and their pictures, one good and one bad.
public sealed class MarkdownUploadTests : AppTest
{
    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var s = archive.CreateEntry(name).Open();
                s.Write(bytes);
            }
        }
        return buffer.ToArray();
    }

    private async Task<ImportRun> UploadAsync(byte[] bytes, string name)
    {
        var uploads = App.Services.GetRequiredService<UploadImports>();
        await uploads.QueueAsync(new MemoryStream(bytes), name, ArticleStatus.Published, "editor@example.org", null, Ct);
        // The upload is imported in the background; its run row says when it is done.
        var runs = App.Services.GetRequiredService<ImportRunsQuery>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        ImportRun? run;
        while ((run = (await runs.LatestAsync(5, Ct)).FirstOrDefault(r => r.Origin == name && r.FinishedAt is not null)) is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Ct);
        }
        return run ?? throw new TimeoutException($"the upload {name} was not imported within 30 s");
    }

    [Fact]
    public async Task A_zip_with_one_good_and_one_bad_article_stores_the_good_one_and_reports_the_bad_one()
    {
        var run = await UploadAsync(Zip(
            ("good/festival.md", Encoding.UTF8.GetBytes("---\ntitle: مهرجان الجنادرية يفتتح أبوابه\ntags: [تراث]\n---\nافتتح المهرجان أبوابه للزوار.\n\n![ساحة المهرجان](pics/square.jpg \"الساحة الرئيسية\")\n\n" +
                "[البرنامج](javascript:alert(1)) <img src=x onerror=alert(1)>\n")),
            ("good/pics/square.jpg", LibraryPictures.Drawn(64, 48)),
            ("bad.md", Encoding.UTF8.GetBytes("---\ntitle: خبر بلا صورته\n---\n![صورة](missing.jpg)\n"))), "batch.zip");

        Assert.Equal((1, 1), (run.Imported, run.Failed));
        Assert.Equal("batch.zip!bad.md: picture 'missing.jpg': not found in the zip beside the Markdown file", run.Errors);
        var contexts = App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(Ct);
        var article = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Title == "مهرجان الجنادرية يفتتح أبوابه", Ct);
        var picture = await db.Media.SingleAsync(Ct);
        Assert.Equal(("ساحة المهرجان", "الساحة الرئيسية"), (picture.Alt, picture.Caption));
        Assert.Contains($"(media:{picture.Id} \"الساحة الرئيسية\")", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal("batch.zip!good/festival.md", article.Origin);

        // The reader's page shows the picture from the library.
        var html = await Client.GetStringAsync(article.Path, Ct);
        Assert.Contains("<figcaption", html, StringComparison.Ordinal);
        Assert.Contains("الساحة الرئيسية", html, StringComparison.Ordinal);
        // As in an editor's body: an unsafe link loses its anchor, raw HTML is text.
        Assert.Contains("البرنامج", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }
}

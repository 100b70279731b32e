using System.IO.Compression;
using System.Text;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Core.Markdown;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Importing;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace BlazorReader.Data.Tests.Importing;

// .md articles through the one importer: pictures into the media library, the body naming them,
// the front matter's fields stored, and each bad file failing alone.
public sealed class MarkdownImportTests : IDisposable
{
    private const string Rain = """
        ---
        title: أمطار غزيرة على جدة
        slug: jeddah-rain
        source: سبق
        publishedAt: 2024-11-20T08:00:00+03:00
        tags: [طقس, جدة]
        status: draft
        image: img/street.png
        imageAlt: شارع غمرته المياه
        imageCaption: حي الصفا صباحًا
        ---
        هطلت أمطار غزيرة على جدة منذ الفجر، وعلّقت المدارس الدراسة الحضورية.

        ## الطرق

        ![سيارات عالقة في نفق](img/tunnel.png "نفق الملك عبدالله")

        <script>alert(1)</script>
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("br-mdimport-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private void Picture(string name, SKColor color)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Png(color));
    }

    private static byte[] Png(SKColor color)
    {
        using var bitmap = new SKBitmap(32, 24);
        bitmap.Erase(color);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private async Task<ImportSummary> ImportAsync(TestStore store, ArticleStatus status = ArticleStatus.Published) =>
        await store.Importer().ImportAsync(ArticleSourceReader.Read(folder), status, ct: Ct);

    [Fact]
    public async Task Stores_the_front_matter_fields_the_pictures_and_a_body_naming_them()
    {
        Write("rain.md", Rain);
        Picture("img/street.png", SKColors.Gray);
        Picture("img/tunnel.png", SKColors.Blue);
        await using var store = await TestStore.CreateAsync();
        var summary = await ImportAsync(store);
        Assert.Equal((1, 0), (summary.Imported, summary.Failed));

        await using var db = store.Open();
        var article = await db.Articles.Include(a => a.Tags).SingleAsync(Ct);
        var media = await db.Media.OrderBy(m => m.Id).ToListAsync(Ct);
        Assert.Equal(("أمطار غزيرة على جدة", "jeddah-rain", "سبق", ArticleStatus.Draft), (article.Title, article.Slug, article.Source, article.Status));
        Assert.Equal(new DateTime(2024, 11, 20, 5, 0, 0, DateTimeKind.Utc), article.PublishedAt);
        Assert.Equal(["جدة", "طقس"], article.Tags.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal([("شارع غمرته المياه", "حي الصفا صباحًا"), ("سيارات عالقة في نفق", "نفق الملك عبدالله")], media.Select(m => (m.Alt, m.Caption)));
        Assert.Equal(media[0].Id, article.LeadMediaId);
        Assert.Equal([media[1].Id], MediaReference.In(article.Blocks));
        Assert.Contains($"![سيارات عالقة في نفق](media:{media[1].Id} \"نفق الملك عبدالله\")", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal("هطلت أمطار غزيرة على جدة منذ الفجر، وعلّقت المدارس الدراسة الحضورية.", article.Lead);
        Assert.Equal(Rain, article.RawText);
    }

    [Fact]
    public async Task The_body_is_read_as_an_editors_raw_HTML_stays_text()
    {
        Write("rain.md", Rain);
        Picture("img/street.png", SKColors.Gray);
        Picture("img/tunnel.png", SKColors.Blue);
        await using var store = await TestStore.CreateAsync();
        await ImportAsync(store);
        await using var db = store.Open();
        var blocks = (await db.Articles.SingleAsync(Ct)).Blocks;
        Assert.Equal(new ContentBlock(BlockKind.Paragraph, "<script>alert(1)</script>", TextDirection.Ltr), blocks[^1]);
        Assert.Equal(BlockKind.Markdown, blocks[1].Kind);
    }

    [Fact]
    public async Task A_tweet_written_in_the_editors_form_is_a_tweet_block()
    {
        Write("a.md", "---\ntitle: خبر\n---\nقال الوزير:\n\n> نعمل على خطة جديدة للنقل\n>\n> — وزير النقل (@transport_sa) [2024-03-01](https://twitter.com/transport_sa/status/1)\n");
        await using var store = await TestStore.CreateAsync();
        await ImportAsync(store);
        await using var db = store.Open();
        var tweet = (await db.Articles.SingleAsync(Ct)).Blocks[^1];
        Assert.Equal((BlockKind.Tweet, "نعمل على خطة جديدة للنقل", "transport_sa"), (tweet.Kind, tweet.Text, tweet.Handle));
    }

    [Fact]
    public async Task Importing_the_same_files_again_changes_nothing_and_says_so()
    {
        Write("rain.md", Rain);
        Picture("img/street.png", SKColors.Gray);
        Picture("img/tunnel.png", SKColors.Blue);
        await using var store = await TestStore.CreateAsync();
        await ImportAsync(store);
        await using var before = store.Open();
        var version = (await before.Articles.SingleAsync(Ct)).Version;

        var again = await ImportAsync(store);
        Assert.Equal((0, 0, 1, 0), (again.Imported, again.Updated, again.Skipped, again.Failed));
        await using var db = store.Open();
        Assert.Equal(2, await db.Media.CountAsync(Ct));
        Assert.Equal(version, (await db.Articles.SingleAsync(Ct)).Version);
    }

    [Fact]
    public async Task A_changed_file_at_the_same_sourceUrl_updates_its_article_and_tags()
    {
        Write("a.md", "---\ntitle: خبر\nsourceUrl: https://example.org/a\ntags: أول\n---\nالنص الأول.");
        await using var store = await TestStore.CreateAsync();
        await ImportAsync(store);
        Write("a.md", "---\ntitle: خبر\nsourceUrl: https://example.org/a\ntags: ثان\n---\nالنص المعدل.");
        var summary = await ImportAsync(store);
        Assert.Equal(1, summary.Updated);
        await using var db = store.Open();
        var article = await db.Articles.Include(a => a.Tags).SingleAsync(Ct);
        Assert.Equal(("النص المعدل.", "ثان"), (article.Lead, Assert.Single(article.Tags).Name));
    }

    [Fact]
    public async Task One_picture_in_two_articles_is_one_library_picture()
    {
        Write("a.md", "---\ntitle: خبر أول\n---\n![شعار](logo.png)");
        Write("b.md", "---\ntitle: خبر ثان\n---\n![الشعار نفسه](logo.png)");
        Picture("logo.png", SKColors.Red);
        await using var store = await TestStore.CreateAsync();
        Assert.Equal(2, (await ImportAsync(store)).Imported);
        await using var db = store.Open();
        var id = await db.Media.Select(m => m.Id).SingleAsync(Ct);
        Assert.All(await db.Articles.ToListAsync(Ct), a => Assert.Equal([id], MediaReference.In(a.Blocks)));
    }

    [Fact]
    public async Task A_refused_picture_fails_its_article_alone_and_stores_none_of_its_pictures()
    {
        var zip = Path.Combine(folder, "batch.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Entry(archive, "good.md", Encoding.UTF8.GetBytes("---\ntitle: خبر سليم\n---\n![شعار](logo.png)"));
            Entry(archive, "bad.md", Encoding.UTF8.GetBytes("---\ntitle: خبر بصورة مزيفة\n---\n![شعار](logo.png)\n\n![رسم](drawing.png)"));
            Entry(archive, "logo.png", Png(SKColors.Green));
            Entry(archive, "drawing.png", Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"));
        }
        await using var store = await TestStore.CreateAsync();
        var summary = await store.Importer().ImportAsync(ArticleSourceReader.Read(zip), ArticleStatus.Published, ct: Ct);
        Assert.Equal(1, summary.Imported);
        var error = Assert.Single(summary.Errors);
        Assert.EndsWith("batch.zip!bad.md", error.Origin, StringComparison.Ordinal);
        Assert.StartsWith("picture 'drawing.png' refused: صور SVG", error.Message, StringComparison.Ordinal);
        await using var db = store.Open();
        Assert.Equal("خبر سليم", (await db.Articles.SingleAsync(Ct)).Title);
        Assert.Equal(1, await db.Media.CountAsync(Ct));
    }

    private static void Entry(ZipArchive archive, string name, byte[] bytes)
    {
        using var s = archive.CreateEntry(name).Open();
        s.Write(bytes);
    }

    [Fact]
    public async Task Bad_files_fail_by_name_and_the_rest_of_the_batch_is_stored()
    {
        Write("1-good.md", "---\ntitle: خبر سليم\n---\nنص.");
        Write("2-date.md", "---\ntitle: خبر\npublishedAt: البارحة\n---\nنص.");
        Write("3-missing.md", "---\ntitle: خبر\n---\n![صورة](gone.png)");
        Write("4-noalt.md", "---\ntitle: خبر\nimage: logo.png\n---\nنص.");
        Picture("logo.png", SKColors.Red);
        await using var store = await TestStore.CreateAsync();
        var summary = await ImportAsync(store);
        Assert.Equal(1, summary.Imported);
        Assert.Equal([
            ("2-date.md", "front matter 'publishedAt': expected a date as 2024-05-01 or 2024-05-01T09:30:00+03:00, found 'البارحة'"),
            ("3-missing.md", "picture 'gone.png': not found beside the Markdown file"),
            ("4-noalt.md", "'imageAlt' is required with 'image'"),
        ], summary.Errors.Select(e => (Path.GetFileName(e.Origin), e.Message)));
        await using var db = store.Open();
        Assert.Equal(0, await db.Media.CountAsync(Ct));
    }

    [Fact]
    public async Task The_edit_forms_checks_apply_to_the_front_matter_before_any_picture_is_stored()
    {
        Write("tags.md", "---\ntitle: خبر\ntags: [" + string.Join(", ", Enumerable.Range(1, 21).Select(i => "وسم" + i)) + "]\n---\n![شعار](logo.png)");
        Picture("logo.png", SKColors.Red);
        await using var store = await TestStore.CreateAsync();
        Assert.Equal("tags: الوسوم أكثر من 20.", Assert.Single((await ImportAsync(store)).Errors).Message);
        await using var db = store.Open();
        Assert.Equal(0, await db.Media.CountAsync(Ct));
    }

    [Fact]
    public async Task Status_and_slug_are_the_imports_and_the_titles_without_them_and_an_unknown_key_is_a_warning()
    {
        Write("a.md", "---\ntitle: خبر عاجل\nauthor: فلان\n---\nنص.");
        await using var store = await TestStore.CreateAsync();
        var summary = await ImportAsync(store, ArticleStatus.Hidden);
        Assert.StartsWith("front matter key 'author' is not known", Assert.Single(summary.Warnings).Message, StringComparison.Ordinal);
        await using var db = store.Open();
        var article = await db.Articles.SingleAsync(Ct);
        Assert.Equal((ArticleStatus.Hidden, "خبر-عاجل"), (article.Status, article.Slug));
    }

    [Fact]
    public async Task Reclean_passes_an_authored_article_by()
    {
        Write("a.md", "# خبر\n\nنص كتبه محرر.");
        await using var store = await TestStore.CreateAsync();
        await ImportAsync(store);
        Assert.Equal(0, await new RecleanPlanner(store.Contexts, new Core.Cleaning.ArticleCleaner()).CountAsync(Ct));
    }
}

using System.Security.Cryptography;
using BlazorReader.Data;
using BlazorReader.Data.Accounts;
using BlazorReader.Data.Media;
using BlazorReader.Imaging;
using BlazorReader.Web.Components.Pages.Admin;
using BlazorReader.Web.Tests.Media;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

// The media page over a real SQLite store: a picture picked or dropped goes through the upload
// rules at once, and is stored only with its alt text.
public sealed class MediaPageTests : BunitTestBase
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "br-bunit-" + Guid.NewGuid().ToString("N"));
    private readonly IDbContextFactory<ReaderDbContext> contexts;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public MediaPageTests()
    {
        var settings = StoreSettings.ForSqliteFolder(folder);
        Services.AddReaderStore(settings);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<MediaLibrary>();
        Services.AddSingleton<MediaRemoval>();
        Services.AddSingleton<BlazorReader.Web.Media.VariantCache>();
        Services.AddSingleton(new UploadLimits(200_000, 4_000_000));
        AddAuthorization().SetAuthorized("admin@example.org").SetRoles(Roles.Admin);
        contexts = Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        using var db = contexts.CreateDbContext();
        StoreInitializer.MigrateAsync(db, settings).GetAwaiter().GetResult();
    }

    private IRenderedComponent<MediaPage> Picked(byte[] bytes, string name)
    {
        var cut = Render<MediaPage>();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(bytes, name));
        return cut;
    }

    private async Task<int> StoredCountAsync()
    {
        await using var db = await contexts.CreateDbContextAsync(Ct);
        return await db.Media.CountAsync(Ct);
    }

    [Fact]
    public async Task A_picture_without_alt_text_is_refused_with_a_message_in_arabic_and_nothing_is_stored()
    {
        var cut = Picked(LibraryPictures.Drawn(800, 600), "stage.jpg");
        cut.WaitForAssertion(() => Assert.Contains("800×600", cut.Find(".media-picked").TextContent, StringComparison.Ordinal));
        cut.Find(".media-caption input").Change("افتتاح المهرجان");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("النص البديل مطلوب", cut.Find(".media-alt").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, await StoredCountAsync());
    }

    [Fact]
    public async Task A_picture_with_alt_text_is_stored_and_listed_with_its_thumbnail_and_markdown()
    {
        var cut = Picked(LibraryPictures.Drawn(800, 600), "stage.jpg");
        cut.WaitForAssertion(() => cut.Find(".media-alt input"));
        Assert.Contains("stage.jpg", cut.Find(".mud-chip").TextContent, StringComparison.Ordinal);
        cut.Find(".media-alt input").Change("منصة المهرجان");
        cut.Find(".media-caption input").Change("افتتاح المهرجان");
        cut.Find(".media-credit input").Change("واس");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => cut.Find("tr[data-media]"));
        Assert.Equal(1, await StoredCountAsync());
        var row = cut.Find("tr[data-media]");
        var id = row.GetAttribute("data-media");
        var cells = row.QuerySelectorAll("td");
        Assert.Equal(("منصة المهرجان", "افتتاح المهرجان — واس"), (cells[1].TextContent, cells[2].TextContent));
        Assert.StartsWith("800×600", cells[3].TextContent, StringComparison.Ordinal);
        Assert.Equal("admin@example.org", cells[4].TextContent);
        var img = row.QuerySelector("img")!;
        Assert.Matches($"^/media/{id}/[0-9a-f]{{16}}-480\\.jpg$", img.GetAttribute("src"));
        Assert.Equal(("منصة المهرجان", "120", "90"), (img.GetAttribute("alt"), img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal($"![منصة المهرجان](media:{id} \"افتتاح المهرجان\")", row.QuerySelector(".media-markdown")!.TextContent);
        Assert.Empty(cut.FindAll(".media-picked"));
        Assert.Empty(cut.FindAll(".mud-chip"));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "logo.jpg", "SVG")]
    [InlineData("not a picture at all", "notes.png", "ليس صورة")]
    public async Task A_file_the_upload_rules_refuse_is_said_why_and_nothing_is_stored(string content, string name, string why)
    {
        var cut = Picked(System.Text.Encoding.UTF8.GetBytes(content), name);

        cut.WaitForAssertion(() => Assert.Contains(why, cut.Find(".media-refusal").TextContent, StringComparison.Ordinal));
        Assert.Contains($"«{name}»", cut.Find(".media-refusal").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("form"));
        Assert.Equal(0, await StoredCountAsync());
    }

    [Fact]
    public async Task A_file_past_the_byte_limit_is_refused_unread_with_the_limit_named()
    {
        var cut = Picked(new byte[300_000], "huge.jpg");

        cut.WaitForAssertion(() => Assert.Contains("أكبر من الحد (0.2 ميغابايت)", cut.Find(".media-refusal").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, await StoredCountAsync());
    }

    [Fact]
    public async Task The_list_is_newest_first_in_pages_of_twenty_and_copies_a_pictures_markdown()
    {
        var library = Services.GetRequiredService<MediaLibrary>();
        for (var i = 1; i <= 21; i++)
        {
            var bytes = BitConverter.GetBytes(i);
            await library.AddAsync(new NewMedia(bytes, "image/jpeg", 1200, 800, Convert.ToHexStringLower(SHA256.HashData(bytes)), $"صورة {i}", null, null), "editor", Ct);
        }

        var cut = Render<MediaPage>();
        cut.WaitForAssertion(() => Assert.Equal(20, cut.FindAll("tr[data-media]").Count));
        Assert.Equal("صورة 21", cut.FindAll("tr[data-media]")[0].QuerySelectorAll("td")[1].TextContent);
        cut.FindAll("tr[data-media] button")[0].Click();
        Assert.Equal("![صورة 21](media:21)", JSInterop.VerifyInvoke("navigator.clipboard.writeText").Arguments[0]);

        cut.FindAll(".mud-pagination button").Single(b => b.TextContent.Trim() == "2").Click();
        cut.WaitForAssertion(() => Assert.Equal("صورة 1", cut.Find("tr[data-media] td:nth-child(2)").TextContent));
    }

    private async Task<int> StoredPictureAsync()
    {
        var bytes = LibraryPictures.Drawn(800, 600);
        return (await Services.GetRequiredService<MediaLibrary>().AddAsync(
            new NewMedia(bytes, "image/jpeg", 800, 600, Convert.ToHexStringLower(SHA256.HashData(bytes)), "منصة المهرجان", null, null), "editor", Ct)).Id!.Value;
    }

    private async Task StoreArticleAsync(string title, List<BlazorReader.Core.Articles.ContentBlock> blocks, int? lead = null)
    {
        await using var db = await contexts.CreateDbContextAsync(Ct);
        db.Articles.Add(new BlazorReader.Data.Articles.Article { Title = title, Slug = "x", ContentHash = new string('0', 64), Blocks = blocks, LeadMediaId = lead });
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task Deleting_a_picture_articles_use_is_refused_with_links_to_them_and_nothing_is_removed()
    {
        var id = await StoredPictureAsync();
        await StoreArticleAsync("افتتاح المهرجان", [new(BlazorReader.Core.Articles.BlockKind.Markdown, BlazorReader.Core.Markdown.MediaReference.Markdown(id, "منصة"), BlazorReader.Core.Articles.TextDirection.Rtl)]);
        await StoreArticleAsync("ختام المعرض", [], lead: id);

        var cut = Render<MediaPage>();
        cut.WaitForElement(".media-delete").Click();
        cut.Find(".media-delete-confirm").Click();

        cut.WaitForAssertion(() => Assert.Contains("تستعملها هذه المقالات", cut.Find(".media-refusal").TextContent, StringComparison.Ordinal));
        Assert.Equal([("/admin/articles/1", "افتتاح المهرجان"), ("/admin/articles/2", "ختام المعرض")],
            cut.FindAll(".media-refusal li a").Select(a => (a.GetAttribute("href"), a.TextContent)));
        Assert.Equal(1, await StoredCountAsync());
        Assert.Single(cut.FindAll("tr[data-media]"));
    }

    [Fact]
    public async Task Deleting_an_unused_picture_asks_once_more_then_removes_it_and_its_variant_files()
    {
        var id = await StoredPictureAsync();
        var variants = Services.GetRequiredService<BlazorReader.Web.Media.VariantCache>();
        var stored = (await Services.GetRequiredService<BlazorReader.Data.Queries.MediaQuery>().PicturesAsync([id], Ct))[id];
        var file = await variants.FileAsync(BlazorReader.Web.Media.VariantName.Of(stored, 480, VariantFormat.Jpeg), Ct);
        Assert.True(File.Exists(file));

        var cut = Render<MediaPage>();
        cut.WaitForElement(".media-delete").Click();
        Assert.Equal(1, await StoredCountAsync());
        cut.Find(".media-delete-confirm").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("tr[data-media]")));
        Assert.Equal(0, await StoredCountAsync());
        Assert.False(File.Exists(file));
        Assert.Null(await variants.FileAsync(BlazorReader.Web.Media.VariantName.Of(stored, 480, VariantFormat.Jpeg), Ct));
    }

    protected override void AfterDispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

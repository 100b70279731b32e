using System.Security.Cryptography;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Media;
using BlazorReader.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Media;

public class MediaLibraryTests
{
    private static NewMedia Picture(string? alt = "شعار المهرجان على واجهة المسرح", byte seed = 1)
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * seed)).ToArray();
        return new NewMedia(bytes, "image/jpeg", 1200, 800, Convert.ToHexStringLower(SHA256.HashData(bytes)), alt, " افتتاح المهرجان في الرياض ", "واس");
    }

    [Fact]
    public async Task Stores_a_picture_with_its_words_and_reads_it_back_from_any_instance()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync();
        var saved = await new MediaLibrary(store.Contexts, TimeProvider.System).AddAsync(Picture(), "editor", ct);

        // A second instance on the same database: its own contexts, the same rows.
        var other = new MediaQuery(store.ContextsWith());
        var picture = (await other.PicturesAsync([saved.Id!.Value], ct))[saved.Id.Value];
        Assert.Equal((1200, 800, "افتتاح المهرجان في الرياض", "واس"), (picture.Width, picture.Height, picture.Caption, picture.Credit));
        Assert.Equal(Picture().Bytes, await other.OriginalBytesAsync(saved.Id.Value, picture.ContentHash, ct));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Refuses_a_picture_without_alt_text_and_stores_nothing(string? alt)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync();
        var saved = await new MediaLibrary(store.Contexts, TimeProvider.System).AddAsync(Picture(alt), "editor", ct);
        Assert.Null(saved.Id);
        Assert.Contains("النص البديل مطلوب", saved.Error, StringComparison.Ordinal);
        await using var db = store.Open();
        Assert.Equal(0, await db.Media.CountAsync(ct));
    }

    [Fact]
    public async Task Refuses_a_caption_longer_than_the_column()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync();
        var saved = await new MediaLibrary(store.Contexts, TimeProvider.System)
            .AddAsync(Picture() with { Caption = new string('ص', 1001) }, "editor", ct);
        Assert.Contains("التعليق أطول", saved.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_bytes_uploaded_at_once_are_stored_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync();
        var library = new MediaLibrary(store.Contexts, TimeProvider.System);
        var saved = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => library.AddAsync(Picture(alt: "صورة " + i), "editor", ct)));

        Assert.Single(saved.Select(s => s.Id).Distinct());
        Assert.Equal(3, saved.Count(s => s.AlreadyStored));
        await using var db = store.Open();
        Assert.Equal(1, await db.Media.CountAsync(ct));
    }

    [Fact]
    public async Task An_upload_is_audited_with_who_and_what()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync();
        await new MediaLibrary(store.Contexts, TimeProvider.System).AddAsync(Picture(), "editor", ct);
        await using var db = store.Open();
        var entry = await db.Audit.SingleAsync(a => a.Action == AuditActions.MediaUploaded, ct);
        Assert.Equal("editor", entry.UserName);
        Assert.Contains("1200×800", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_library_lists_the_newest_first_in_pages_with_size_uploader_and_date()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync();
        var library = new MediaLibrary(store.Contexts, TimeProvider.System);
        var first = await library.AddAsync(Picture(seed: 1), "editor", ct);
        var second = await library.AddAsync(Picture(seed: 3), "admin", ct);
        var third = await library.AddAsync(Picture(seed: 5), "editor", ct);
        var query = new MediaQuery(store.Contexts);

        var page1 = await query.PageAsync(1, 2, ct);
        var page2 = await query.PageAsync(2, 2, ct);

        Assert.Equal([third.Id!.Value, second.Id!.Value], page1.Items.Select(i => i.Picture.Id));
        Assert.Equal([first.Id!.Value], page2.Items.Select(i => i.Picture.Id));
        Assert.Equal((3, 3), (page1.Total, page2.Total));
        Assert.Equal((4096, "admin"), (page1.Items[1].ByteLength, page1.Items[1].UploadedBy));
        Assert.True(page1.Items[0].UploadedAt >= page2.Items[0].UploadedAt);
    }
}

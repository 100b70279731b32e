using System.Security.Cryptography;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Core.Markdown;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Media;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Media;

// A picture leaves the library only when no article uses it: an admin's deletion is refused
// with the articles that do, and the sweep takes only old pictures nothing names. Real SQLite.
public sealed class MediaRemovalTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FixedClock clock = new(Now);
    private TestStore store = default!;
    private ArticleChanges changes = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        store = await TestStore.CreateAsync();
        changes = store.Changes();
        await store.Importer().ImportAsync(
            [ImportItem.Ok("a", new RawArticle("افتتح المهرجان مساء أمس في الرياض.", Title: "افتتاح المهرجان", Source: "s")),
             ImportItem.Ok("b", new RawArticle("اختتم المعرض أعماله أمس في جدة.", Title: "ختام المعرض", Source: "s"))],
            ArticleStatus.Published, ct: Ct);
    }

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    private MediaRemoval Removal() => new(store.Contexts, clock);

    private async Task<int> PictureAsync(byte seed, DateTimeOffset uploadedAt)
    {
        var bytes = Enumerable.Range(0, 512).Select(i => (byte)(i * seed + seed)).ToArray();
        return (await new MediaLibrary(store.Contexts, new FixedClock(uploadedAt)).AddAsync(
            new NewMedia(bytes, "image/jpeg", 1600, 900, Convert.ToHexStringLower(SHA256.HashData(bytes)), "صورة " + seed, null, null), "editor", Ct)).Id!.Value;
    }

    private async Task EditAsync(int article, Func<ArticleEdit, ArticleEdit> change)
    {
        var (edit, version) = (await changes.LoadAsync(article, Ct))!.Value;
        Assert.IsType<SaveOutcome.Saved>(await changes.SaveEditAsync(article, version, change(edit), "editor@example.org", Ct));
    }

    private async Task<bool> StoredAsync(int id)
    {
        await using var db = store.Open();
        return await db.Media.AnyAsync(m => m.Id == id, Ct);
    }

    [Fact]
    public async Task Deleting_a_picture_a_body_names_is_refused_with_that_article_and_nothing_is_removed()
    {
        var picture = await PictureAsync(1, Now.AddDays(-3));
        await EditAsync(2, e => e with { BodyMarkdown = "نص أول.\n\n" + MediaReference.Markdown(picture, "منصة") + "\n" });

        var refused = Assert.IsType<MediaDeletion.InUse>(await Removal().DeleteAsync(picture, "admin", Ct));
        Assert.Equal([new MediaUser(2, "ختام المعرض")], refused.Articles);
        Assert.True(await StoredAsync(picture));
    }

    [Fact]
    public async Task Deleting_a_lead_picture_is_refused_with_its_article()
    {
        var picture = await PictureAsync(1, Now.AddDays(-3));
        await EditAsync(1, e => e with { LeadMediaId = picture });

        var refused = Assert.IsType<MediaDeletion.InUse>(await Removal().DeleteAsync(picture, "admin", Ct));
        Assert.Equal([new MediaUser(1, "افتتاح المهرجان")], refused.Articles);
    }

    [Fact]
    public async Task A_body_naming_another_picture_whose_id_starts_alike_does_not_hold_it()
    {
        var pictures = new List<int>();
        for (byte seed = 1; seed <= 12; seed++)
        {
            pictures.Add(await PictureAsync(seed, Now.AddDays(-3)));
        }
        // media:12 in the body; media:1 is deleted, though the text "media:1" is in "media:12".
        await EditAsync(1, e => e with { BodyMarkdown = MediaReference.Markdown(pictures[11], "منصة") + "\n" });
        Assert.Equal(12, pictures[11]);

        Assert.IsType<MediaDeletion.Deleted>(await Removal().DeleteAsync(pictures[0], "admin", Ct));
        Assert.IsType<MediaDeletion.InUse>(await Removal().DeleteAsync(pictures[11], "admin", Ct));
    }

    [Fact]
    public async Task A_picture_no_article_uses_is_deleted_and_the_deletion_audited()
    {
        var picture = await PictureAsync(1, Now.AddDays(-3));

        Assert.Equal(new MediaDeletion.Deleted(picture), await Removal().DeleteAsync(picture, "admin@example.org", Ct));
        Assert.False(await StoredAsync(picture));
        Assert.IsType<MediaDeletion.NotFound>(await Removal().DeleteAsync(picture, "admin@example.org", Ct));
        await using var db = store.Open();
        var audit = await db.Audit.SingleAsync(a => a.Action == AuditActions.MediaDeleted, Ct);
        Assert.Equal("admin@example.org", audit.UserName);
        Assert.Contains("صورة 1", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sweep_takes_old_unused_pictures_only_and_not_one_uploaded_a_minute_ago()
    {
        var oldUnused = await PictureAsync(1, Now.AddDays(-3));
        var oldInBody = await PictureAsync(2, Now.AddDays(-3));
        var oldLead = await PictureAsync(3, Now.AddDays(-3));
        var justUploaded = await PictureAsync(4, Now.AddMinutes(-1));
        await EditAsync(1, e => e with { BodyMarkdown = MediaReference.Markdown(oldInBody, "منصة") + "\n", LeadMediaId = oldLead });

        Assert.Equal([oldUnused], (await Removal().UnusedAsync(MediaRemoval.DefaultGrace, Ct)).Select(p => p.Id));
        Assert.Equal([oldUnused], (await Removal().SweepAsync(MediaRemoval.DefaultGrace, "cli", Ct)).Select(p => p.Id));
        Assert.False(await StoredAsync(oldUnused));
        Assert.True(await StoredAsync(oldInBody));
        Assert.True(await StoredAsync(oldLead));
        Assert.True(await StoredAsync(justUploaded));
        Assert.Empty(await Removal().UnusedAsync(MediaRemoval.DefaultGrace, Ct));
    }

    [Fact]
    public async Task Listing_unused_pictures_removes_nothing()
    {
        var picture = await PictureAsync(1, Now.AddDays(-3));
        Assert.Single(await Removal().UnusedAsync(MediaRemoval.DefaultGrace, Ct));
        Assert.True(await StoredAsync(picture));
    }
}

using System.Security.Cryptography;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Media;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Media;

// An article's lead picture is an edited field like the others: saved, revised, restored,
// refused when it names no picture, and let go when its picture is deleted.
public sealed class LeadPictureTests : IAsyncLifetime
{
    private TestStore store = default!;
    private ArticleChanges changes = default!;
    private int picture;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        store = await TestStore.CreateAsync();
        changes = store.Changes();
        await store.Importer().ImportAsync([ImportItem.Ok("a", new RawArticle("افتتح المهرجان مساء أمس في الرياض.", Title: "افتتاح المهرجان", Source: "s"))],
            ArticleStatus.Published, ct: Ct);
        var bytes = Enumerable.Range(0, 512).Select(i => (byte)i).ToArray();
        picture = (await new MediaLibrary(store.Contexts, TimeProvider.System).AddAsync(
            new NewMedia(bytes, "image/jpeg", 1600, 900, Convert.ToHexStringLower(SHA256.HashData(bytes)), "منصة المهرجان", null, null), "editor", Ct)).Id!.Value;
    }

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    private async Task<SaveOutcome> SaveLeadAsync(int? lead)
    {
        var (edit, version) = (await changes.LoadAsync(1, Ct))!.Value;
        return await changes.SaveEditAsync(1, version, edit with { LeadMediaId = lead }, "editor@example.org", Ct);
    }

    [Fact]
    public async Task Setting_and_clearing_the_lead_picture_are_revisions_of_their_own_and_restore()
    {
        Assert.Equal(2, Assert.IsType<SaveOutcome.Saved>(await SaveLeadAsync(picture)).Revision);
        Assert.Equal(picture, (await changes.LoadAsync(1, Ct))!.Value.Edit.LeadMediaId);
        Assert.IsType<SaveOutcome.Saved>(await SaveLeadAsync(null));
        Assert.Null((await changes.LoadAsync(1, Ct))!.Value.Edit.LeadMediaId);

        await using var db = store.Open();
        var revisions = await db.Revisions.Where(r => r.ArticleId == 1).OrderBy(r => r.Number).ToListAsync(Ct);
        Assert.Equal([ArticleEdit.Fields.LeadPicture, ArticleEdit.Fields.LeadPicture], revisions.Skip(1).Select(r => r.ChangedFields));
        var version = (await changes.LoadAsync(1, Ct))!.Value.Version;
        Assert.IsType<SaveOutcome.Saved>(await changes.RestoreRevisionAsync(1, 2, version, "editor@example.org", Ct));
        Assert.Equal(picture, (await changes.LoadAsync(1, Ct))!.Value.Edit.LeadMediaId);
    }

    [Fact]
    public async Task A_lead_picture_not_in_the_library_is_refused_with_a_message_and_nothing_changes()
    {
        var invalid = Assert.IsType<SaveOutcome.Invalid>(await SaveLeadAsync(picture + 100));
        Assert.Contains("لم تعد في المكتبة", invalid.Problems[ArticleEdit.Fields.LeadPicture], StringComparison.Ordinal);
        Assert.Null((await changes.LoadAsync(1, Ct))!.Value.Edit.LeadMediaId);
    }

    [Fact]
    public async Task Deleting_the_picture_leaves_the_article_without_a_lead_picture()
    {
        Assert.IsType<SaveOutcome.Saved>(await SaveLeadAsync(picture));
        await using (var db = store.Open())
        {
            await db.Media.Where(m => m.Id == picture).ExecuteDeleteAsync(Ct);
        }
        Assert.Null((await changes.LoadAsync(1, Ct))!.Value.Edit.LeadMediaId);
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Writing;

// Two editors, two contexts, one SQLite store: a colleague's save lands after this editor's
// change has read the article and before it writes. The change is then the editor page's
// conflict (what the colleague left, and who), never an exception and never an overwrite.
public sealed class ConcurrentSaveTests : IAsyncLifetime
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "seeds");
    private TestStore store = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync(ArticleSourceReader.Read(SeedFolder), ArticleStatus.Published, ct: Ct);
    }

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_reclean_overtaken_by_a_colleagues_save_is_a_conflict_and_stores_nothing_of_it()
    {
        var (edit, version) = (await store.Changes().LoadAsync(1, Ct))!.Value;
        var overtaken = OvertakenBy(() => store.Changes().SaveEditAsync(1, version, edit with { Title = "سبقني زميل" }, "colleague@example.org", Ct));

        var outcome = await overtaken.RecleanAsync(1, version, "editor@example.org", Ct);

        var conflict = Assert.IsType<SaveOutcome.Conflict>(outcome);
        Assert.Equal(("سبقني زميل", "colleague@example.org"), (conflict.Current.Title, conflict.SavedBy));
        await using var db = store.Open();
        Assert.DoesNotContain(await db.Revisions.Select(r => r.ChangedFields).ToListAsync(Ct), f => f.StartsWith("reclean", StringComparison.Ordinal));
        Assert.Equal(conflict.CurrentVersion, (await db.Articles.SingleAsync(Ct)).Version);
    }

    [Fact]
    public async Task A_save_overtaken_by_a_colleagues_save_is_a_conflict_and_keeps_the_colleagues_text()
    {
        var (edit, version) = (await store.Changes().LoadAsync(1, Ct))!.Value;
        var overtaken = OvertakenBy(() => store.Changes().SaveEditAsync(1, version, edit with { Title = "سبقني زميل" }, "colleague@example.org", Ct));

        var outcome = await overtaken.SaveEditAsync(1, version, edit with { Title = "عنواني أنا" }, "editor@example.org", Ct);

        Assert.Equal("colleague@example.org", Assert.IsType<SaveOutcome.Conflict>(outcome).SavedBy);
        await using var db = store.Open();
        Assert.Equal("سبقني زميل", (await db.Articles.SingleAsync(Ct)).Title);
    }

    // The unit's contexts run the colleague's save when the unit begins its write transaction:
    // after it has read the article, before it writes.
    private ArticleChanges OvertakenBy(Func<Task> colleaguesSave) =>
        new(store.ContextsWith(new BeforeTheFirstTransaction(colleaguesSave)), TimeProvider.System, new ArticleCleaner());
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Queries;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Writing;

public sealed class RelatedCurationTests : IAsyncLifetime
{
    private TestStore store = default!;
    private RelatedCurationQuery curation = default!;
    private ArticleChanges changes = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        store = await TestStore.CreateAsync();
        curation = new RelatedCurationQuery(store.Contexts);
        changes = store.Changes();
        await store.Importer().ImportAsync(
        [
            ImportItem.Ok("1", new RawArticle("افتتح وزير التعليم مدرسة جديدة في جدة.", Title: "مدرسة جديدة في جدة")),
            ImportItem.Ok("2", new RawArticle("هطلت أمطار غزيرة على الرياض مساء أمس.", Title: "أمطار على الرياض")),
            ImportItem.Ok("3", new RawArticle("ارتفع مؤشر السوق السعودية في ختام التداول.", Title: "السوق ترتفع")),
        ], ArticleStatus.Published, ct: Ct);
    }

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Pins_keep_their_order_and_move_one_place_at_a_time()
    {
        await changes.CurateRelatedAsync(1, 2, RelatedChange.Pin, "e", Ct);
        await changes.CurateRelatedAsync(1, 3, RelatedChange.Pin, "e", Ct);
        Assert.Equal([2, 3], (await curation.OfAsync(1, Ct)).Pins.Select(p => p.Id));
        await changes.CurateRelatedAsync(1, 3, RelatedChange.MoveUp, "e", Ct);
        Assert.Equal([3, 2], (await curation.OfAsync(1, Ct)).Pins.Select(p => p.Id));
    }

    [Fact]
    public async Task Hiding_a_pinned_story_unpins_it_and_releasing_forgets_both()
    {
        await changes.CurateRelatedAsync(1, 2, RelatedChange.Pin, "e", Ct);
        await changes.CurateRelatedAsync(1, 2, RelatedChange.Hide, "e", Ct);
        var state = await curation.OfAsync(1, Ct);
        Assert.Empty(state.Pins);
        Assert.Equal(2, Assert.Single(state.Hidden).Id);
        await changes.CurateRelatedAsync(1, 2, RelatedChange.Release, "e", Ct);
        Assert.Empty((await curation.OfAsync(1, Ct)).Hidden);
    }

    [Fact]
    public async Task Every_change_is_logged_for_the_change_log_consumers_and_audited()
    {
        await using (var before = store.Open())
        {
            await before.ChangeLog.ExecuteDeleteAsync(Ct);
        }
        await changes.CurateRelatedAsync(1, 2, RelatedChange.Pin, "editor@example.org", Ct);
        await using var db = store.Open();
        Assert.Equal(1, Assert.Single(await db.ChangeLog.Where(c => c.Kind == ChangeKind.Updated).ToListAsync(Ct)).ArticleId);
        Assert.Contains(await db.Audit.ToListAsync(Ct), a => a.Action == AuditActions.RelatedChanged && a.UserName == "editor@example.org");
    }

    [Fact]
    public async Task An_article_cannot_be_related_to_itself_or_to_one_that_does_not_exist()
    {
        Assert.False(await changes.CurateRelatedAsync(1, 1, RelatedChange.Pin, "e", Ct));
        Assert.False(await changes.CurateRelatedAsync(1, 99, RelatedChange.Pin, "e", Ct));
    }
}

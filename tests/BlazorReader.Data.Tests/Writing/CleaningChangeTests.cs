using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Writing;

// On the customer's seed: copyright, counters and teasers are removed on import.
public sealed class CleaningChangeTests : IAsyncLifetime
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "seeds");
    private TestStore store = default!;
    private ArticleChanges changes = default!;
    private CleaningReview review = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        store = await TestStore.CreateAsync();
        changes = store.Changes();
        review = new CleaningReview(store.Contexts, new ArticleCleaner());
        await store.Importer().ImportAsync(ArticleSourceReader.Read(SeedFolder), ArticleStatus.Published, ct: Ct);
    }

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_restored_fragment_goes_back_into_the_body_after_the_line_above_it_and_leaves_the_removed_list()
    {
        await using var db = store.Open();
        var article = await db.Articles.Include(a => a.RemovedFragments).SingleAsync(Ct);
        var counter = article.RemovedFragments.First(f => f.Reason == "counter");
        var blocksBefore = article.Blocks.Count;

        var outcome = await changes.RestoreFragmentAsync(article.Id, counter.Id, article.Version, "editor@example.org", Ct);

        Assert.IsType<SaveOutcome.Saved>(outcome);
        await using var after = store.Open();
        var restored = await after.Articles.Include(a => a.RemovedFragments).SingleAsync(Ct);
        Assert.Equal(blocksBefore + 1, restored.Blocks.Count);
        Assert.Contains(restored.Blocks, b => b.Text == counter.Text);
        Assert.DoesNotContain(restored.RemovedFragments, f => f.Id == counter.Id);
        Assert.Contains(await after.Audit.ToListAsync(Ct), a => a.Action == AuditActions.FragmentRestored);
    }

    [Fact]
    public async Task Recleaning_keeps_the_editors_title_and_gives_the_cleaners_body_back()
    {
        var (edit, version) = (await changes.LoadAsync(1, Ct))!.Value;
        var saved = (SaveOutcome.Saved)await changes.SaveEditAsync(1, version,
            edit with { Title = "عنوان المحرر", BodyMarkdown = "فقرة كتبها المحرر وحدها." }, "e", Ct);

        var preview = await review.PreviewRecleanAsync(1, Ct);
        Assert.NotNull(preview);
        Assert.Null(preview.Title); // the editor's title is not the cleaner's to change
        Assert.NotEqual(preview.Current.BodyMarkdown, preview.Markdown);

        Assert.IsType<SaveOutcome.Saved>(await changes.RecleanAsync(1, saved.Version, "e", Ct));
        await using var db = store.Open();
        var article = await db.Articles.Include(a => a.Teasers).Include(a => a.RemovedFragments).SingleAsync(Ct);
        Assert.Equal("عنوان المحرر", article.Title);
        Assert.Equal(preview.Markdown, article.BodyMarkdown);
        Assert.Equal(5, article.Teasers.Count);
        Assert.Contains(article.RemovedFragments, f => f.Reason == "copyright");
        Assert.StartsWith("reclean", (await db.Revisions.OrderBy(r => r.Number).LastAsync(Ct)).ChangedFields, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recleaning_a_version_someone_else_replaced_is_a_conflict()
    {
        var (edit, version) = (await changes.LoadAsync(1, Ct))!.Value;
        await changes.SaveEditAsync(1, version, edit with { Title = "سبقني زميل" }, "colleague", Ct);
        Assert.IsType<SaveOutcome.Conflict>(await changes.RecleanAsync(1, version, "e", Ct));
    }
}

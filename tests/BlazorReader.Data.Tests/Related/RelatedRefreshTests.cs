using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Related;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Related;

// Lists follow changes, but each new article also moves the corpus's counts under lists it did
// not touch: here a word held by more than 50 articles stops counting, so early lists keep
// neighbours that a rebuild no longer gives. A refresh brings every list to a rebuild's.
public class RelatedRefreshTests
{
    private const int Articles = 70;
    private static readonly DateTime Day = new(2015, 7, 21, 8, 0, 0, DateTimeKind.Utc);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_the_corpus_grew_under_the_lists_a_refresh_leaves_each_as_a_rebuild_would()
    {
        await using var store = await TestStore.CreateAsync();
        using var related = new RelatedStoryService(store.Contexts);
        for (var n = 0; n < Articles; n++)
        {
            await store.Importer().ImportAsync([Item(n)], ArticleStatus.Published, ct: Ct);
            await using var db = store.Open();
            await related.RecomputeAsync([await db.Articles.MaxAsync(a => a.Id, Ct)], Ct);
        }
        var followed = await ListsAsync(store);

        var rewritten = await related.RefreshAsync(Ct);
        var refreshed = await ListsAsync(store);
        await new RelatedStoryService(store.Contexts).RebuildAllAsync(null, Ct);
        var rebuilt = await ListsAsync(store);

        Assert.NotEqual(rebuilt, followed);
        Assert.True(rewritten > 0);
        Assert.Equal(rebuilt, refreshed);
        Assert.Equal(0, await related.RefreshAsync(Ct));
    }

    // What the three-instance soak test does, on one instance: copies imported in pairs,
    // near-identical articles sharing made-up project names, titles edited and articles
    // deleted. Same-story links are decided when an article arrives, with the counts of that
    // moment, and edits and deletions leave those counts behind: only a refresh that reads the
    // store again ends where a rebuild does.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task After_imports_edits_and_deletions_of_near_identical_copies_a_refresh_leaves_each_list_as_a_rebuild_would(int seed)
    {
        await using var store = await TestStore.CreateAsync();
        using var related = new RelatedStoryService(store.Contexts);
        var changes = store.Changes();
        var random = new Random(seed);
        for (var n = 0; n < 120; n++)
        {
            var choice = random.Next(10);
            int[] ids;
            await using (var db = store.Open())
            {
                ids = await db.Articles.Select(a => a.Id).ToArrayAsync(Ct);
            }
            if (choice < 5 || ids.Length < 4)
            {
                await store.Importer().ImportAsync([Copy(n), Copy(n + 500)], ArticleStatus.Published, ct: Ct);
                await using var db = store.Open();
                await related.RecomputeAsync(await db.Articles.Where(a => !ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(Ct), Ct);
                continue;
            }
            var id = ids[random.Next(ids.Length)];
            if (choice < 9 && await changes.LoadAsync(id, Ct) is var (edit, version))
            {
                await changes.SaveEditAsync(id, version, edit with { Title = $"عنوان معدل للخبر رقم {n} عن مشروع {Project(n)}" }, "test", Ct);
            }
            else
            {
                await changes.DeleteAsync(id, "test", Ct);
            }
            await related.RecomputeAsync([id], Ct);
        }

        await related.RefreshAsync(Ct);
        var refreshed = await ListsAsync(store);
        await new RelatedStoryService(store.Contexts).RebuildAllAsync(null, Ct);
        var rebuilt = await ListsAsync(store);

        Assert.NotEmpty(rebuilt);
        Assert.Equal(rebuilt, refreshed);
    }

    // The app's quiet timer may fire while a refresh is still reading the store, and changes go
    // on meanwhile: refreshes wait for one another, and what changed while one read is applied.
    [Fact]
    public async Task Refreshes_that_overlap_with_each_other_and_with_changes_end_as_a_rebuild_would()
    {
        await using var store = await TestStore.CreateAsync();
        using var related = new RelatedStoryService(store.Contexts);
        await store.Importer().ImportAsync([.. Enumerable.Range(0, 40).Select(Copy)], ArticleStatus.Published, ct: Ct);
        int[] ids;
        await using (var db = store.Open())
        {
            ids = await db.Articles.Select(a => a.Id).ToArrayAsync(Ct);
        }
        await related.RecomputeAsync(ids, Ct);

        var changes = store.Changes();
        async Task EditAsync(int n)
        {
            var id = ids[n];
            if (await changes.LoadAsync(id, Ct) is var (edit, version))
            {
                await changes.SaveEditAsync(id, version, edit with { Title = $"عنوان معدل للخبر رقم {n} عن مشروع {Project(n)}" }, "test", Ct);
            }
            await related.RecomputeAsync([id], Ct);
        }
        await Task.WhenAll(Task.Run(() => related.RefreshAsync(Ct), Ct), Task.Run(() => EditAsync(3), Ct), Task.Run(() => related.RefreshAsync(Ct), Ct),
            Task.Run(() => EditAsync(17), Ct), Task.Run(() => related.RefreshAsync(Ct), Ct));
        await related.RefreshAsync(Ct);
        var refreshed = await ListsAsync(store);
        await new RelatedStoryService(store.Contexts).RebuildAllAsync(null, Ct);

        Assert.Equal(await ListsAsync(store), refreshed);
    }

    private static ImportItem Copy(int n) => ImportItem.Ok($"c{n}", new RawArticle(
        $"قال المتحدث الرسمي إن الاجتماع الذي عقد اليوم ناقش عددا من الملفات المهمة في المنطقة وفق ما أعلن رسميا.\n" +
        $"وأضاف أن اللجنة المختصة ستواصل عملها خلال الأسابيع المقبلة لمتابعة تنفيذ ما تم الاتفاق عليه في الجلسة رقم {n}.\n" +
        $"ويتعلق الملف بمشروع {Project(n % 500)} ومشروع {Project(n % 500 + 5)} في المنطقة الشرقية.",
        $"خبر تجريبي عن اجتماع اللجنة رقم {n}", n % 2 == 0 ? "paper" : "other", $"https://paper.example/c{n}", PublishedAt: Day.AddHours(n % 500)));

    // A made-up name shared by a few neighbouring articles, so that lists have neighbours.
    private static string Project(int n) => string.Concat((n / 5).ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => "بتثجحخدذرز"[d - '0']));

    private static ImportItem Item(int n) => ImportItem.Ok($"u{n}", new RawArticle(
        $"قال المتحدث الرسمي إن الاجتماع الذي عقد اليوم ناقش عددا من الملفات المهمة في المنطقة وفق ما أعلن رسميا.\n" +
        $"وأضاف أن اللجنة المختصة ستواصل عملها خلال الأسابيع المقبلة لمتابعة تنفيذ ما تم الاتفاق عليه في الجلسة رقم {n}.",
        $"خبر عن اجتماع اللجنة رقم {n}", "paper", $"https://paper.example/{n}", PublishedAt: Day.AddHours(n)));

    private static async Task<Dictionary<int, string>> ListsAsync(TestStore store)
    {
        await using var db = store.Open();
        var links = await db.RelatedLinks.AsNoTracking().Select(l => new { l.ArticleId, l.Position, l.RelatedArticleId, l.Kind, l.Reason }).ToListAsync(Ct);
        return links.GroupBy(l => l.ArticleId).ToDictionary(g => g.Key,
            g => string.Join(", ", g.OrderBy(l => l.Position).Select(l => $"{l.RelatedArticleId} {l.Kind} {l.Reason}")));
    }
}

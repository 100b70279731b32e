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

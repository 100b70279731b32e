using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Core.Related;
using BlazorReader.Data.Related;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Related;

// Every instance following the log writes the same stored lists. Writers that replace one
// list at once must leave one writer's list whole: before, two deletes ran before two inserts
// and the list showed each related story twice (found by the three-instance soak test).
public class RelatedListWritersTests
{
    private const int Writers = 8;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Writers_replacing_one_list_at_once_leave_one_list_whole()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync([.. Enumerable.Range(0, 4).Select(i => ImportItem.Ok($"u{i}", new RawArticle(
            $"نص الخبر رقم {i} عن موضوع مختلف تماما عن غيره من الأخبار المنشورة اليوم في الصحف.", $"عنوان الخبر {i}", "was", $"https://was/{i}")))],
            ArticleStatus.Published, ct: Ct);
        int[] ids;
        await using (var db = store.Open())
        {
            ids = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToArrayAsync(Ct);
        }

        for (var round = 0; round < 5; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => ReplaceUntilDoneAsync(store, ids, $"{round}-{w}"), Ct)));

            await using var db = store.Open();
            var rows = await db.RelatedLinks.AsNoTracking().Where(l => l.ArticleId == ids[0]).OrderBy(l => l.Position).ToListAsync(Ct);
            Assert.Equal(ids.Skip(1), rows.Select(l => l.RelatedArticleId));
            Assert.Equal([0, 1, 2], rows.Select(l => l.Position));
            Assert.Single(rows.Select(l => l.Reason).Distinct());
        }
    }

    // As the follower does: a write that loses to another is tried again.
    private static async Task ReplaceUntilDoneAsync(TestStore store, int[] ids, string writer)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var db = store.Open();
                await RelatedListStore.ReplaceAsync(db, new Dictionary<int, IReadOnlyList<RelatedItem>>
                {
                    [ids[0]] = [.. ids.Skip(1).Select(id => new RelatedItem(id, RelatedKind.Topical, 0.5, writer))],
                }, Ct);
                return;
            }
            catch (Exception e) when (attempt < 50 && e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                await Task.Delay(Random.Shared.Next(5, 30), Ct);
            }
        }
    }
}

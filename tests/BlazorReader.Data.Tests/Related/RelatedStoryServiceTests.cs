using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Related;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Related;

public class RelatedStoryServiceTests
{
    private const string Story = "أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في مدينة الرياض تضم ستة أشخاص كانوا يخططون لتنفيذ هجمات على منشآت حكومية، وقالت الوزارة في بيان إن قوات الأمن ضبطت أسلحة ومتفجرات في موقعين شمال المدينة، وإن التحقيقات مستمرة لمعرفة ارتباطات الخلية بتنظيمات خارجية.";
    private const string OilStory = "ارتفعت أسعار النفط في الأسواق العالمية بعد تراجع المخزونات الأمريكية وتوقعات بزيادة الطلب خلال الصيف، وقال محللون إن الأسعار قد تواصل الصعود إذا استمر تراجع الإنتاج.";
    private static readonly DateTime Day = new(2015, 7, 21, 8, 0, 0, DateTimeKind.Utc);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ImportItem Item(string title, string text, string source, string url) =>
        ImportItem.Ok(url, new RawArticle(text, title, source, url, PublishedAt: Day));

    private static async Task<TestStore> StoreWithStoriesAsync()
    {
        var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync(
        [
            Item("القبض على خلية إرهابية في الرياض", "واس - الرياض: " + Story, "was", "https://was/1"),
            Item("الداخلية: ضبط خلية إرهابية بالرياض", Story + " وستعلن التفاصيل لاحقا.", "okaz", "https://okaz/1"),
            Item("خلية إرهابية في قبضة الأمن", "سبق - الرياض: " + Story, "sabq", "https://sabq/1"),
            Item("ارتفاع أسعار النفط", "ارتفعت أسعار النفط في الأسواق العالمية بعد تراجع المخزونات الأمريكية وتوقعات بزيادة الطلب خلال الصيف.", "aleqtisadiya", "https://eq/1"),
        ], ArticleStatus.Published, ct: Ct);
        return store;
    }

    private static async Task<List<RelatedLink>> ListOfAsync(TestStore store, int id)
    {
        await using var db = store.Open();
        return await db.RelatedLinks.Where(l => l.ArticleId == id).OrderBy(l => l.Position).ToListAsync(Ct);
    }

    private static async Task<int?> StoryOfAsync(TestStore store, int id)
    {
        await using var db = store.Open();
        return await db.Articles.Where(a => a.Id == id).Select(a => a.StoryId).SingleAsync(Ct);
    }

    private static async Task AssertOneStoryAsync(TestStore store, int id, int other)
    {
        var story = await StoryOfAsync(store, id);
        Assert.NotNull(story);
        Assert.Equal(story, await StoryOfAsync(store, other));
    }

    // The tellings of one story are its coverage: one story, and never in each other's lists.
    [Fact]
    public async Task Each_telling_of_a_three_source_story_is_in_one_story_and_out_of_the_others_lists()
    {
        await using var store = await StoreWithStoriesAsync();
        await new RelatedStoryService(store.Contexts).RebuildAllAsync(null, Ct);
        int[] story = [1, 2, 3];
        foreach (var id in story)
        {
            await AssertOneStoryAsync(store, 1, id);
            Assert.DoesNotContain(await ListOfAsync(store, id), l => story.Contains(l.RelatedArticleId));
        }
    }

    // A rebuild replaces each list in place (pages keep the old one until then): run again
    // over a changed store, every list is the new one, once.
    [Fact]
    public async Task A_second_rebuild_replaces_every_list_without_doubling_any()
    {
        await using var store = await StoreWithStoriesAsync();
        await new RelatedStoryService(store.Contexts).RebuildAllAsync(null, Ct);
        await store.Importer().ImportAsync([Item("خلية الرياض الإرهابية", "الوطن - الرياض: " + Story, "alwatan", "https://alwatan/1")], ArticleStatus.Published, ct: Ct);

        await new RelatedStoryService(store.Contexts).RebuildAllAsync(null, Ct);

        var list = await ListOfAsync(store, 1);
        Assert.Equal(list.Count, list.Select(l => l.RelatedArticleId).Distinct().Count());
        await AssertOneStoryAsync(store, 1, 5);
        Assert.Equal(Enumerable.Range(0, list.Count), list.Select(l => l.Position));
    }

    [Fact]
    public async Task Pins_come_first_and_hidden_stories_never_show()
    {
        await using var store = await StoreWithStoriesAsync();
        await using (var db = store.Open())
        {
            db.RelatedOverrides.AddRange(
                new RelatedOverride { ArticleId = 1, OtherArticleId = 4, Position = 0 },
                new RelatedOverride { ArticleId = 1, OtherArticleId = 2, Hidden = true });
            await db.SaveChangesAsync(Ct);
        }
        await new RelatedStoryService(store.Contexts).RebuildAllAsync(null, Ct);
        var list = await ListOfAsync(store, 1);
        Assert.Equal((4, RelatedLinkKind.Pinned), (list[0].RelatedArticleId, list[0].Kind));
        Assert.DoesNotContain(list, l => l.RelatedArticleId == 2);
    }

    [Fact]
    public async Task A_new_article_joins_the_story_it_tells_without_a_rebuild()
    {
        await using var store = await StoreWithStoriesAsync();
        var service = new RelatedStoryService(store.Contexts);
        await service.RebuildAllAsync(null, Ct);
        await store.Importer().ImportAsync([Item("خلية الرياض", "الرياض - عكاظ: " + Story, "alriyadh", "https://riyadh/1")], ArticleStatus.Published, ct: Ct);
        await service.RecomputeAsync([5], Ct);
        await AssertOneStoryAsync(store, 1, 5);
    }

    [Fact]
    public async Task An_edited_article_leaves_the_story_it_no_longer_tells()
    {
        await using var store = await StoreWithStoriesAsync();
        var service = new RelatedStoryService(store.Contexts);
        await service.RebuildAllAsync(null, Ct);
        await store.Importer().ImportAsync([Item("خلية إرهابية في قبضة الأمن", OilStory, "sabq", "https://sabq/1")], ArticleStatus.Published, ct: Ct);
        await service.RecomputeAsync([3], Ct);
        Assert.NotEqual(await StoryOfAsync(store, 1), await StoryOfAsync(store, 3));
        await AssertOneStoryAsync(store, 3, 4);
    }

    [Fact]
    public async Task An_edited_article_joins_the_story_it_now_tells()
    {
        await using var store = await StoreWithStoriesAsync();
        var service = new RelatedStoryService(store.Contexts);
        await service.RebuildAllAsync(null, Ct);
        await store.Importer().ImportAsync([Item("ارتفاع أسعار النفط", "الاقتصادية - الرياض: " + Story, "aleqtisadiya", "https://eq/1")], ArticleStatus.Published, ct: Ct);
        await service.RecomputeAsync([4], Ct);
        await AssertOneStoryAsync(store, 1, 4);
    }

    [Fact]
    public async Task An_edited_article_gets_the_lists_a_rebuild_would_give_every_article()
    {
        await using var store = await StoreWithStoriesAsync();
        var service = new RelatedStoryService(store.Contexts);
        await service.RebuildAllAsync(null, Ct);
        await store.Importer().ImportAsync([Item("ارتفاع أسعار النفط", "الاقتصادية - الرياض: " + Story, "aleqtisadiya", "https://eq/1")], ArticleStatus.Published, ct: Ct);
        await service.RecomputeAsync([4], Ct);
        var incremental = await AllListsAsync(store);

        await new RelatedStoryService(store.Contexts).RebuildAllAsync(null, Ct);

        Assert.Equal(await AllListsAsync(store), incremental);
    }

    [Fact]
    public async Task After_its_index_is_let_go_an_edit_still_gets_the_lists_a_rebuild_would_give()
    {
        await using var store = await StoreWithStoriesAsync();
        var service = new RelatedStoryService(store.Contexts);
        await service.RebuildAllAsync(null, Ct);
        await service.ReleaseAsync(Ct);
        Assert.False(service.IsLoaded);
        await store.Importer().ImportAsync([Item("ارتفاع أسعار النفط", "الاقتصادية - الرياض: " + Story, "aleqtisadiya", "https://eq/1")], ArticleStatus.Published, ct: Ct);
        await service.RecomputeAsync([4], Ct);
        var incremental = await AllListsAsync(store);

        await new RelatedStoryService(store.Contexts).RebuildAllAsync(null, Ct);

        Assert.True(service.IsLoaded);
        Assert.Equal(await AllListsAsync(store), incremental);
    }

    [Fact]
    public async Task A_deleted_article_leaves_every_list_and_the_index()
    {
        await using var store = await StoreWithStoriesAsync();
        var service = new RelatedStoryService(store.Contexts);
        await service.RebuildAllAsync(null, Ct);
        await using (var db = store.Open())
        {
            // The store refuses to delete an article that stored lists still show.
            await db.RelatedLinks.Where(l => l.RelatedArticleId == 2).ExecuteDeleteAsync(Ct);
            await db.Articles.Where(a => a.Id == 2).ExecuteDeleteAsync(Ct);
        }

        await service.RecomputeAsync([2], Ct);

        Assert.Null(service.Facts(2));
        Assert.Empty(await ListOfAsync(store, 2));
        var list = await ListOfAsync(store, 1);
        Assert.DoesNotContain(list, l => l.RelatedArticleId == 2);
        await AssertOneStoryAsync(store, 1, 3);
    }

    [Fact]
    public async Task A_published_draft_joins_its_story_and_an_unpublished_article_leaves_it()
    {
        await using var store = await StoreWithStoriesAsync();
        var service = new RelatedStoryService(store.Contexts);
        await SetStatusAsync(store, 3, ArticleStatus.Draft);
        await service.RebuildAllAsync(null, Ct);
        await SetStatusAsync(store, 3, ArticleStatus.Published);
        await SetStatusAsync(store, 2, ArticleStatus.Draft);
        await service.RecomputeAsync([2, 3], Ct);
        await AssertOneStoryAsync(store, 1, 3);
        Assert.Null(await StoryOfAsync(store, 2));
        Assert.DoesNotContain(await ListOfAsync(store, 1), l => l.RelatedArticleId == 2);
    }

    [Fact]
    public async Task Replaying_a_change_already_in_the_index_keeps_the_lists_as_a_rebuild_makes_them()
    {
        await using var store = await StoreWithStoriesAsync();
        var service = new RelatedStoryService(store.Contexts);
        await service.RebuildAllAsync(null, Ct);
        var rebuilt = await ListOfAsync(store, 1);
        await service.RecomputeAsync([1, 2, 3, 4], Ct);
        Assert.Equal(rebuilt.Select(l => (l.RelatedArticleId, l.Kind)), (await ListOfAsync(store, 1)).Select(l => (l.RelatedArticleId, l.Kind)));
    }

    private static async Task<List<(int, int, RelatedLinkKind)>> AllListsAsync(TestStore store)
    {
        await using var db = store.Open();
        return [.. (await db.RelatedLinks.OrderBy(l => l.ArticleId).ThenBy(l => l.Position).ToListAsync(Ct)).Select(l => (l.ArticleId, l.RelatedArticleId, l.Kind))];
    }

    private static async Task SetStatusAsync(TestStore store, int id, ArticleStatus status)
    {
        await using var db = store.Open();
        await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status), Ct);
    }

    [Fact]
    public async Task Drafts_never_appear_in_a_list()
    {
        await using var store = await StoreWithStoriesAsync();
        await using (var db = store.Open())
        {
            await db.Articles.Where(a => a.Id == 3).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Draft), Ct);
        }
        await new RelatedStoryService(store.Contexts).RebuildAllAsync(null, Ct);
        Assert.DoesNotContain(await ListOfAsync(store, 1), l => l.RelatedArticleId == 3);
    }
}

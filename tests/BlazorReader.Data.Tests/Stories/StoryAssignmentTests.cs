using BlazorReader.Data.Related;
using Microsoft.EntityFrameworkCore;
using static BlazorReader.Data.Tests.Stories.StoryFixtures;

namespace BlazorReader.Data.Tests.Stories;

public class StoryAssignmentTests
{
    private static readonly string[] Headlines = ["القبض على خلية إرهابية في الرياض", "الداخلية: ضبط خلية إرهابية بالرياض"];

    [Fact]
    public async Task Two_papers_reports_of_one_event_become_one_story()
    {
        await using var store = await TestStore.CreateAsync();
        var service = new RelatedStoryService(store.Contexts);
        var ids = await ImportAsync(store, Was, Okaz, OilNews);
        await service.RecomputeAsync(ids, Ct);

        var story = Assert.Single(await StoriesAsync(store));
        Assert.Equal([story.Id, story.Id, null], [await StoryOfAsync(store, ids[0]), await StoryOfAsync(store, ids[1]), await StoryOfAsync(store, ids[2])]);
        Assert.Equal((2, 2, Day, Day.AddHours(2)), (story.ArticleCount, story.SourceCount, story.FirstPublishedAt, story.LastPublishedAt));
        Assert.Contains(story.Title, Headlines);
        Assert.NotEmpty(story.Slug);
        Assert.StartsWith($"/stories/{story.Id}/", story.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_third_paper_joins_the_story_under_the_same_id()
    {
        await using var store = await TestStore.CreateAsync();
        var service = new RelatedStoryService(store.Contexts);
        var ids = await ImportAsync(store, Was, Okaz);
        await service.RecomputeAsync(ids, Ct);
        var before = Assert.Single(await StoriesAsync(store)).Id;

        var third = await ImportAsync(store, Sabq);
        await service.RecomputeAsync(third, Ct);

        var story = Assert.Single(await StoriesAsync(store));
        Assert.Equal(before, story.Id);
        Assert.Equal(before, await StoryOfAsync(store, third[0]));
        Assert.Equal((3, 3), (story.ArticleCount, story.SourceCount));
    }

    [Fact]
    public async Task Deleting_one_of_three_tellings_keeps_the_story_id()
    {
        await using var store = await TestStore.CreateAsync();
        var service = new RelatedStoryService(store.Contexts);
        var ids = await ImportAsync(store, Was, Okaz, Sabq);
        await service.RecomputeAsync(ids, Ct);
        var before = Assert.Single(await StoriesAsync(store)).Id;

        Assert.True(await store.Changes().DeleteAsync(ids[0], "editor@example.org", Ct));
        await service.RecomputeAsync([ids[0]], Ct);

        var story = Assert.Single(await StoriesAsync(store));
        Assert.Equal((before, 2), (story.Id, story.ArticleCount));
        Assert.Equal(before, await StoryOfAsync(store, ids[1]));
    }

    [Fact]
    public async Task A_story_left_with_one_paper_is_no_story()
    {
        await using var store = await TestStore.CreateAsync();
        var service = new RelatedStoryService(store.Contexts);
        var ids = await ImportAsync(store, Was, Okaz);
        await service.RecomputeAsync(ids, Ct);

        Assert.True(await store.Changes().DeleteAsync(ids[1], "editor@example.org", Ct));
        await service.RecomputeAsync([ids[1]], Ct);

        Assert.Empty(await StoriesAsync(store));
        Assert.Null(await StoryOfAsync(store, ids[0]));
    }

    [Fact]
    public async Task A_papers_copy_of_its_own_article_makes_no_story()
    {
        await using var store = await TestStore.CreateAsync();
        var service = new RelatedStoryService(store.Contexts);
        var copy = Item("القبض على خلية إرهابية في الرياض", "واس - الرياض: " + Cell, "was", "https://was/copy", 1);
        var ids = await ImportAsync(store, Was, copy);
        await service.RecomputeAsync(ids, Ct);

        Assert.Empty(await StoriesAsync(store));
        Assert.Null(await StoryOfAsync(store, ids[0]));
    }

    [Fact]
    public async Task A_papers_copies_count_once_in_a_story()
    {
        await using var store = await TestStore.CreateAsync();
        var copy = Item("القبض على خلية إرهابية في الرياض", "واس - الرياض: " + Cell, "was", "https://was/copy", 1);
        var ids = await ImportAsync(store, Was, copy, Okaz);
        await RebuildAsync(store);

        var story = Assert.Single(await StoriesAsync(store));
        Assert.Equal((2, 2), (story.ArticleCount, story.SourceCount));
        Assert.Equal(story.Id, await StoryOfAsync(store, ids[1]));
    }

    [Fact]
    public async Task A_rebuild_keeps_the_ids_of_unchanged_stories()
    {
        await using var store = await TestStore.CreateAsync();
        var ids = await ImportAsync(store, Was, Okaz, OilNews);
        await new RelatedStoryService(store.Contexts).RecomputeAsync(ids, Ct);
        var before = await StoriesAsync(store);

        await RebuildAsync(store);

        Assert.Equal(before.Select(s => (s.Id, s.Title, s.ArticleCount)), (await StoriesAsync(store)).Select(s => (s.Id, s.Title, s.ArticleCount)));
    }

    [Fact]
    public async Task Incremental_assignment_gives_what_a_rebuild_gives()
    {
        await using var store = await TestStore.CreateAsync();
        var service = new RelatedStoryService(store.Contexts);
        await service.RecomputeAsync(await ImportAsync(store, Was, OilNews), Ct);
        await service.RecomputeAsync(await ImportAsync(store, Okaz), Ct);
        await service.RecomputeAsync(await ImportAsync(store, Sabq), Ct);
        var incremental = await MembershipAsync(store);

        await RebuildAsync(store);

        Assert.Equal(incremental, await MembershipAsync(store));
    }

    [Fact]
    public async Task No_related_list_holds_an_article_of_its_own_story()
    {
        await using var store = await TestStore.CreateAsync();
        var ids = await ImportAsync(store, Was, Okaz, Sabq, OilNews);
        await RebuildAsync(store);

        await using var db = store.Open();
        var own = await db.RelatedLinks.Join(db.Articles, l => l.ArticleId, a => a.Id, (l, a) => new { l, a.StoryId })
            .Join(db.Articles, x => x.l.RelatedArticleId, a => a.Id, (x, b) => new { x.StoryId, Other = b.StoryId })
            .CountAsync(x => x.StoryId != null && x.StoryId == x.Other, Ct);
        Assert.Equal(0, own);
        Assert.NotNull(await StoryOfAsync(store, ids[0]));
    }

    private static async Task<List<(int, int?)>> MembershipAsync(TestStore store)
    {
        await using var db = store.Open();
        return [.. (await db.Articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.StoryId }).ToListAsync(Ct)).Select(a => (a.Id, a.StoryId))];
    }
}

using BlazorReader.Data.Curation;
using BlazorReader.Data.Related;
using BlazorReader.Data.Stories;
using Microsoft.EntityFrameworkCore;
using static BlazorReader.Data.Tests.Stories.StoryFixtures;

namespace BlazorReader.Data.Tests.Stories;

// Editors' story changes go through the write path: audited, and followed through the change
// log as the app follows it (the test hands the new entries to the related service).
public class StoryEditTests
{
    private const string Editor = "editor@example.org";

    private static async Task<long> LogEndAsync(TestStore store)
    {
        await using var db = store.Open();
        return await db.ChangeLog.MaxAsync(c => (long?)c.Sequence, Ct) ?? 0;
    }

    private static async Task<List<int>> FollowAsync(TestStore store, RelatedStoryService service, long after)
    {
        await using var db = store.Open();
        var ids = await db.ChangeLog.Where(c => c.Sequence > after).Select(c => c.ArticleId).Distinct().ToListAsync(Ct);
        await service.RecomputeAsync(ids, Ct);
        return ids;
    }

    private static async Task<List<AuditEntry>> StoryAuditAsync(TestStore store)
    {
        await using var db = store.Open();
        return await db.Audit.Where(a => a.Action == AuditActions.StoryChanged).ToListAsync(Ct);
    }

    [Fact]
    public async Task Splitting_an_article_out_leaves_the_rest_of_its_story_and_holds_after_a_rebuild()
    {
        await using var store = await TestStore.CreateAsync();
        var service = new RelatedStoryService(store.Contexts);
        var ids = await ImportAsync(store, Was, Okaz, Sabq);
        await service.RecomputeAsync(ids, Ct);
        var story = await StoryOfAsync(store, ids[0]);
        var end = await LogEndAsync(store);

        var outcome = await store.Changes().SplitFromStoryAsync(ids[2], Editor, Ct);

        Assert.True(outcome.Done, outcome.Message);
        Assert.Equal(ids.Order(), (await FollowAsync(store, service, end)).Order());
        Assert.Null(await StoryOfAsync(store, ids[2]));
        Assert.Equal(story, await StoryOfAsync(store, ids[1]));
        var audit = Assert.Single(await StoryAuditAsync(store));
        Assert.Equal((Editor, ids[2]), (audit.UserName, audit.ArticleId));

        await RebuildAsync(store);
        Assert.Null(await StoryOfAsync(store, ids[2]));
        Assert.Equal(2, Assert.Single(await StoriesAsync(store)).ArticleCount);
    }

    [Fact]
    public async Task Merging_joins_another_article_to_the_story_and_holds_after_a_rebuild()
    {
        await using var store = await TestStore.CreateAsync();
        var service = new RelatedStoryService(store.Contexts);
        var ids = await ImportAsync(store, Was, Okaz, OilNews);
        await service.RecomputeAsync(ids, Ct);
        var story = await StoryOfAsync(store, ids[0]);
        var end = await LogEndAsync(store);

        var outcome = await store.Changes().MergeStoriesAsync(ids[2], ids[0], Editor, Ct);

        Assert.True(outcome.Done, outcome.Message);
        await FollowAsync(store, service, end);
        Assert.Equal(story, await StoryOfAsync(store, ids[2]));
        Assert.Single(await StoryAuditAsync(store));
        await RebuildAsync(store);
        Assert.Equal((story, 3), (await StoryOfAsync(store, ids[2]), Assert.Single(await StoriesAsync(store)).ArticleCount));
    }

    [Fact]
    public async Task A_split_article_merged_again_rejoins_a_story()
    {
        await using var store = await TestStore.CreateAsync();
        var ids = await ImportAsync(store, Was, Okaz, Sabq);
        await RebuildAsync(store);
        await store.Changes().SplitFromStoryAsync(ids[2], Editor, Ct);
        await RebuildAsync(store);

        Assert.True((await store.Changes().MergeStoriesAsync(ids[2], ids[0], Editor, Ct)).Done);
        await RebuildAsync(store);

        Assert.Equal(await StoryOfAsync(store, ids[0]), await StoryOfAsync(store, ids[2]));
    }

    [Fact]
    public async Task Bad_merges_say_why_and_change_nothing()
    {
        await using var store = await TestStore.CreateAsync();
        var ids = await ImportAsync(store, Was, Okaz);
        await RebuildAsync(store);
        var end = await LogEndAsync(store);
        var changes = store.Changes();

        var itself = await changes.MergeStoriesAsync(ids[0], ids[0], Editor, Ct);
        var unknown = await changes.MergeStoriesAsync(ids[0], 999, Editor, Ct);
        var same = await changes.MergeStoriesAsync(ids[0], ids[1], Editor, Ct);
        var alone = await changes.SplitFromStoryAsync(999, Editor, Ct);

        Assert.Equal([false, false, false, false], new[] { itself, unknown, same, alone }.Select(o => o.Done));
        Assert.Contains("نفسه", itself.Message, StringComparison.Ordinal);
        Assert.Contains("999", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("القصة نفسها", same.Message, StringComparison.Ordinal);
        await using var db = store.Open();
        Assert.Empty(await db.StoryRules.ToListAsync(Ct));
        Assert.Equal(end, await LogEndAsync(store));
        Assert.Empty(await StoryAuditAsync(store));
    }

    [Fact]
    public async Task Splitting_an_article_that_has_no_story_is_refused()
    {
        await using var store = await TestStore.CreateAsync();
        var ids = await ImportAsync(store, Was, OilNews);
        await RebuildAsync(store);

        var outcome = await store.Changes().SplitFromStoryAsync(ids[1], Editor, Ct);

        Assert.False(outcome.Done);
        Assert.Contains("ليس في قصة", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retitled_story_keeps_the_editors_title_through_recomputation_and_rebuild()
    {
        await using var store = await TestStore.CreateAsync();
        var service = new RelatedStoryService(store.Contexts);
        var ids = await ImportAsync(store, Was, Okaz);
        await service.RecomputeAsync(ids, Ct);
        var story = Assert.Single(await StoriesAsync(store));
        var end = await LogEndAsync(store);

        var outcome = await store.Changes().RetitleStoryAsync(story.Id, "  خلية الرياض الإرهابية ", Editor, Ct);

        Assert.True(outcome.Done, outcome.Message);
        Assert.Equal(ids.Order(), (await FollowAsync(store, service, end)).Order());
        await RebuildAsync(store);
        var after = Assert.Single(await StoriesAsync(store));
        Assert.Equal((story.Id, "خلية الرياض الإرهابية", "خلية-الرياض-الإرهابية", story.Title), (after.Id, after.DisplayTitle, after.Slug, after.Title));
        Assert.Contains("خلية الرياض الإرهابية", Assert.Single(await StoryAuditAsync(store)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retitling_an_unknown_story_is_refused()
    {
        await using var store = await TestStore.CreateAsync();

        var outcome = await store.Changes().RetitleStoryAsync(42, "عنوان", Editor, Ct);

        Assert.Equal((false, "لا قصة بالرقم 42."), (outcome.Done, outcome.Message));
    }
}

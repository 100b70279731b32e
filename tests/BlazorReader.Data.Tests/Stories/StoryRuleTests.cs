using BlazorReader.Data.Stories;
using Microsoft.EntityFrameworkCore;
using static BlazorReader.Data.Tests.Stories.StoryFixtures;

namespace BlazorReader.Data.Tests.Stories;

public class StoryRuleTests
{
    [Fact]
    public async Task An_article_kept_apart_stays_out_of_its_story_after_a_rebuild()
    {
        await using var store = await TestStore.CreateAsync();
        var ids = await ImportAsync(store, Was, Okaz, Sabq);
        await RebuildAsync(store);
        var story = Assert.Single(await StoriesAsync(store)).Id;

        await AddRuleAsync(store, StoryRuleKind.Apart, ids[2]);
        await RebuildAsync(store);

        Assert.Null(await StoryOfAsync(store, ids[2]));
        Assert.Equal((story, 2), (await StoryOfAsync(store, ids[0]), Assert.Single(await StoriesAsync(store)).ArticleCount));
    }

    [Fact]
    public async Task Articles_held_together_are_one_story_after_a_rebuild()
    {
        await using var store = await TestStore.CreateAsync();
        var ids = await ImportAsync(store, Was, Okaz, OilNews);
        await RebuildAsync(store);

        await AddRuleAsync(store, StoryRuleKind.Together, ids[2], ids[0]);
        await RebuildAsync(store);

        var story = Assert.Single(await StoriesAsync(store));
        Assert.Equal((story.Id, 3), (await StoryOfAsync(store, ids[2]), story.ArticleCount));
    }

    [Fact]
    public async Task An_editors_title_survives_a_rebuild_and_names_the_slug()
    {
        await using var store = await TestStore.CreateAsync();
        await ImportAsync(store, Was, Okaz);
        await RebuildAsync(store);
        await using (var db = store.Open())
        {
            await db.Stories.ExecuteUpdateAsync(s => s.SetProperty(x => x.EditorTitle, "خلية الرياض"), Ct);
        }

        await RebuildAsync(store);

        var story = Assert.Single(await StoriesAsync(store));
        Assert.Equal(("خلية الرياض", "خلية-الرياض"), (story.DisplayTitle, story.Slug));
        Assert.NotEqual(story.Title, story.DisplayTitle);
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Queries;

namespace BlazorReader.Data.Tests.Queries;

public class RelatedStoryQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Article Story(string title, ArticleStatus status) =>
        new() { Title = title, Slug = "s", TitleKey = title, ContentHash = Guid.NewGuid().ToString("N"), Status = status };

    [Fact]
    public async Task Gives_published_targets_only_in_their_stored_order()
    {
        await using var store = await TestStore.CreateAsync();
        await using (var db = store.Open())
        {
            db.Articles.AddRange(Story("الخبر", ArticleStatus.Published), Story("منشور", ArticleStatus.Published),
                Story("مسودة", ArticleStatus.Draft), Story("منشور آخر", ArticleStatus.Published));
            await db.SaveChangesAsync(Ct);
            db.RelatedLinks.AddRange(
                new RelatedLink { ArticleId = 1, RelatedArticleId = 4, Kind = RelatedLinkKind.Topical, Position = 2 },
                new RelatedLink { ArticleId = 1, RelatedArticleId = 3, Kind = RelatedLinkKind.SameStory, Position = 0 },
                new RelatedLink { ArticleId = 1, RelatedArticleId = 2, Kind = RelatedLinkKind.SameStory, Position = 1 });
            await db.SaveChangesAsync(Ct);
        }
        await using var read = store.Open();
        var list = await RelatedStoryQuery.ForAsync(read, 1, Ct);
        Assert.Equal([2, 4], list.Select(s => s.Id));
        Assert.Equal(RelatedLinkKind.SameStory, list[0].Kind);
    }
}

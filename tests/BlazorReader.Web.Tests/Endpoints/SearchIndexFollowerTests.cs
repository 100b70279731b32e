using BlazorReader.Search;
using BlazorReader.Search.Following;
using BlazorReader.Web.Search;

namespace BlazorReader.Web.Tests.Endpoints;

public sealed class SearchIndexFollowerTests
{
    // A search answered at start-up, before the follower has read the change log, must not
    // claim an empty index is complete.
    [Fact]
    public void Is_catching_up_until_it_has_read_the_change_log()
    {
        using var index = ArticleIndex.InMemory();
        var follower = new SearchIndexFollower(new StoreIndexer(index, Path.GetTempPath()), contexts: null!);

        Assert.True(follower.IsCatchingUp);
    }
}

using BlazorReader.Search.Following;

namespace BlazorReader.Search.Tests.Following;

public sealed class StoreIndexerTests
{
    // A search answered at start-up, before the indexer has read the change log, must not
    // claim an empty index is complete.
    [Fact]
    public void Is_catching_up_until_it_has_read_the_change_log()
    {
        using var index = ArticleIndex.InMemory();
        var indexer = new StoreIndexer(index, Path.GetTempPath());

        Assert.True(indexer.IsCatchingUp);
    }
}

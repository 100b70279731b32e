using BlazorReader.Data;
using BlazorReader.Search;
using BlazorReader.Search.Following;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Changes;

// Far behind the change log, the search indexer builds an empty index from the store; one
// that already holds articles is only ever given the log (it may hold some since deleted).
public sealed class SearchIndexRebuildTests : AppTest
{
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    [Fact]
    public async Task An_empty_index_is_built_from_the_store_and_counts_the_log_as_applied()
    {
        var folder = Directory.CreateTempSubdirectory("br-rebuild-").FullName;
        using var index = ArticleIndex.InMemory();
        var indexer = new StoreIndexer(index, folder);
        var end = await LogEndAsync();
        await using var db = await Contexts.CreateDbContextAsync(Ct);

        Assert.True(await indexer.RebuildFromStoreAsync(db, end, Ct));

        Assert.Equal(await App.CountArticlesAsync(), index.Count);
        Assert.Equal(end, await indexer.AppliedUpToAsync(db, Ct));
        Assert.False(indexer.IsCatchingUp);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task An_index_that_holds_articles_is_given_the_log_instead()
    {
        var folder = Directory.CreateTempSubdirectory("br-rebuild-").FullName;
        using var index = ArticleIndex.InMemory();
        var indexer = new StoreIndexer(index, folder);
        await using var db = await Contexts.CreateDbContextAsync(Ct);
        index.Upsert(StoreIndexer.DocumentOf(await db.Articles.Include(a => a.Tags).FirstAsync(Ct)));
        index.Commit();

        Assert.False(await indexer.RebuildFromStoreAsync(db, await LogEndAsync(), Ct));
        Directory.Delete(folder, recursive: true);
    }

    private IDbContextFactory<ReaderDbContext> Contexts => App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();

    private async Task<long> LogEndAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync(Ct);
        return await db.ChangeLog.MaxAsync(c => c.Sequence, Ct);
    }
}

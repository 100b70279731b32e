using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests;

// Queries the stores are configured for (StoreRegistration), on a real SQLite file.
public class StoreQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_list_longer_than_the_stores_parameter_limits_filters_a_query()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync(
            [ImportItem.Ok("a.txt", new RawArticle("نص الخبر الأول عن الأمطار في الرياض", Title: "أمطار الرياض"))], ArticleStatus.Published, ct: Ct);
        await using var db = store.Open();
        var stored = await db.Articles.Select(a => a.Id).SingleAsync(Ct);
        // Past SQLite's 32,766 parameters and SQL Server's 2,100, had each id been one.
        var ids = Enumerable.Range(stored + 1, 40_000).Append(stored).ToList();

        Assert.Equal([stored], await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(Ct));
        Assert.Empty(await db.Articles.Where(a => !ids.Contains(a.Id)).ToListAsync(Ct));
    }
}

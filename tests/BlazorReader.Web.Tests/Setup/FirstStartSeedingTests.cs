using BlazorReader.Data;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Setup;

// Seeds are a new user's first start, not whatever start finds the store empty.
public sealed class FirstStartSeedingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_store_whose_articles_were_all_deleted_is_not_seeded_again_on_the_next_start()
    {
        var folder = ReaderAppFactory.NewDataDirectory();
        await using (var first = new ReaderAppFactory(folder, followChanges: false))
        {
            Assert.Equal(1, await first.CountArticlesAsync());
            var contexts = first.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
            await using var db = await contexts.CreateDbContextAsync(Ct);
            var id = await db.Articles.Select(a => a.Id).SingleAsync(Ct);
            Assert.True(await first.Services.GetRequiredService<ArticleChanges>().DeleteAsync(id, "admin@example.org", Ct));
        }
        await using (var again = new ReaderAppFactory(folder, followChanges: false))
        {
            Assert.Equal(0, await again.CountArticlesAsync());
        }
        ReaderAppFactory.DeleteFolder(folder);
    }
}

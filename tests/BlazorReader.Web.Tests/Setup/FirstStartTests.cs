using BlazorReader.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Setup;

public class FirstStartTests
{
    [Fact]
    public async Task Seeds_are_imported_once_across_two_starts_on_the_same_data_folder()
    {
        var folder = ReaderAppFactory.NewDataDirectory();
        var seeds = Directory.GetFiles(ReaderAppFactory.SeedDirectory).Length;
        await using (var first = new ReaderAppFactory(folder))
        {
            first.CreateClient().Dispose();
            Assert.Equal(seeds, await first.CountArticlesAsync());
        }
        await using (var second = new ReaderAppFactory(folder))
        {
            second.CreateClient().Dispose();
            Assert.Equal(seeds, await second.CountArticlesAsync());
        }
        ReaderAppFactory.DeleteFolder(folder);
    }

    [Fact]
    public async Task The_data_folder_is_created_with_the_database_and_the_login_keys_are_kept_in_it()
    {
        var folder = ReaderAppFactory.NewDataDirectory();
        await using (var app = new ReaderAppFactory(folder))
        {
            using var client = app.CreateClient();
            // The login form needs an antiforgery token, which needs a Data Protection key.
            (await client.GetAsync("/account/login", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
            // In the store, not in files: several instances on one database share logins.
            Assert.True(await db.DataProtectionKeys.AnyAsync(TestContext.Current.CancellationToken));
        }
        Assert.True(File.Exists(Path.Combine(folder, "blazorreader.db")));
        Assert.False(Directory.Exists(Path.Combine(folder, "keys")));
        ReaderAppFactory.DeleteFolder(folder);
    }
}

using BlazorReader.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Endpoints;

// The app over its own temporary data folder (or a given one, to test restarts),
// seeded from the repository's seeds/ as on a first start.
public sealed class ReaderAppFactory(string? dataDirectory = null) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = dataDirectory ?? NewDataDirectory();

    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "br-web-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Seeds:Directory", SeedDirectory);
    }

    public async Task<int> CountArticlesAsync()
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Articles.CountAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    public static void DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

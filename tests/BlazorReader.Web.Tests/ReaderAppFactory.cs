using BlazorReader.Data;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Web.Changes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BlazorReader.Web.Tests;

// The app over its own temporary data folder (or a given one, to test restarts),
// seeded from the repository's seeds/ as on a first start. Without followChanges the
// change log is not polled: a test hands it to the consumers with FollowChangesAsync and
// knows, once that returns, that every write so far is applied.
public sealed class ReaderAppFactory(string? dataDirectory = null, bool followChanges = true, string? connectionString = null,
    string? environment = null, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = dataDirectory ?? NewDataDirectory();

    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "br-web-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Seeds:Directory", SeedDirectory);
        if (environment is not null)
        {
            builder.UseEnvironment(environment);
        }
        if (connectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:BlazorReader", connectionString);
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        if (!followChanges)
        {
            builder.ConfigureTestServices(services => services.Remove(
                services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ChangeLogPoller))));
        }
    }

    // What one tick of the change-log poller does: every consumer applies what it has not.
    public async Task FollowChangesAsync(CancellationToken ct)
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        foreach (var consumer in Services.GetServices<IChangeLogConsumer>())
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var position = await consumer.AppliedUpToAsync(db, ct);
            var changes = await db.ChangeLog.AsNoTracking().Where(c => c.Sequence > position).OrderBy(c => c.Sequence).ToListAsync(ct);
            if (changes.Count > 0)
            {
                await consumer.ApplyAsync(db, changes, changes[^1].Sequence, ct);
            }
        }
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

    // A writer of the stopped app may still close a file as the folder goes (seen once in a
    // full run: "Directory not empty"); the folder is asked again a few times before failing.
    public static void DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        for (var attempt = 1; Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200);
            }
        }
    }
}

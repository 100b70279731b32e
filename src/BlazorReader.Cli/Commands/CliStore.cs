using BlazorReader.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace BlazorReader.Cli.Commands;

// The store as the CLI sees it: same settings and migrations as the web app.
public sealed class CliStore
{
    public required StoreSettings Settings { get; init; }
    public required IDbContextFactory<ReaderDbContext> Contexts { get; init; }

    public static async Task<CliStore> OpenAsync(IConfiguration configuration, bool migrate)
    {
        var settings = StoreSettings.From(configuration);
        var builder = new DbContextOptionsBuilder<ReaderDbContext>();
        StoreRegistration.Configure(builder, settings);
        var store = new CliStore { Settings = settings, Contexts = new PooledDbContextFactory<ReaderDbContext>(builder.Options) };
        if (migrate)
        {
            await using var db = await store.Contexts.CreateDbContextAsync();
            await StoreInitializer.MigrateAsync(db, settings);
        }
        return store;
    }
}

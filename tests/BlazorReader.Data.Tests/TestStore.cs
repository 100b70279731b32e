using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BlazorReader.Data.Tests;

// A fresh store per test, migrated exactly as the app migrates it; deleted afterwards. SQLite
// by default; with BLAZORREADER_TEST_STORE=PostgreSql (as ./test.sh's second pass sets it) a
// database of its own on the cluster BLAZORREADER_TEST_POSTGRES names.
public sealed class TestStore : IAsyncDisposable
{
    public static StoreProvider Provider { get; } =
        Environment.GetEnvironmentVariable("BLAZORREADER_TEST_STORE") is { Length: > 0 } p ? Enum.Parse<StoreProvider>(p, ignoreCase: true) : StoreProvider.Sqlite;

    // For a test of what only SQLite has (its pragmas, its native row statement, its history).
    public static void RequireSqlite()
    {
        if (Provider != StoreProvider.Sqlite)
        {
            Assert.Skip($"SQLite only; this pass runs on {Provider}.");
        }
    }

    private TestStore(StoreSettings settings, IDbContextFactory<ReaderDbContext> contexts)
    {
        Settings = settings;
        Contexts = contexts;
    }

    public StoreSettings Settings { get; }
    public IDbContextFactory<ReaderDbContext> Contexts { get; }
    public string Folder => Settings.DataDirectory;

    // For a test of what only a server store has: writers that commit side by side.
    public static void RequireServer()
    {
        if (Provider == StoreProvider.Sqlite)
        {
            Assert.Skip("A server store only (SQLite has one writer at a time); ./test.sh runs it on PostgreSQL.");
        }
    }

    public static async Task<TestStore> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "br-data-" + Guid.NewGuid().ToString("N"));
        if (Provider == StoreProvider.PostgreSql)
        {
            Directory.CreateDirectory(folder);
            var postgres = await PostgresDatabases.CreateAsync(folder);
            return new TestStore(postgres, StoreRegistration.CreateFactory(postgres));
        }
        var settings = StoreSettings.ForSqliteFolder(folder);
        var builder = new DbContextOptionsBuilder<ReaderDbContext>();
        StoreRegistration.Configure(builder, settings);
        var store = new TestStore(settings, new PooledDbContextFactory<ReaderDbContext>(builder.Options));
        await using var db = await store.Contexts.CreateDbContextAsync();
        await StoreInitializer.MigrateAsync(db, settings);
        return store;
    }

    public ArticleImporter Importer(int batchSize = 250) =>
        new(Contexts, new ArticleCleaner(), TimeProvider.System) { BatchSize = batchSize };

    public ArticleChanges Changes(TimeProvider? clock = null) => new(Contexts, clock ?? TimeProvider.System, new ArticleCleaner());

    // Contexts on the same store whose every use passes through the given interceptors.
    public IDbContextFactory<ReaderDbContext> ContextsWith(params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<ReaderDbContext>();
        StoreRegistration.Configure(builder, Settings);
        builder.AddInterceptors(interceptors);
        return new PooledDbContextFactory<ReaderDbContext>(builder.Options);
    }

    public ReaderDbContext Open() => Contexts.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (Provider == StoreProvider.PostgreSql)
        {
            await PostgresDatabases.DropAsync(Settings);
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

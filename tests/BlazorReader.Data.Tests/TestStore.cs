using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BlazorReader.Data.Tests;

// A fresh SQLite file per test, migrated exactly as the app migrates it; deleted afterwards.
public sealed class TestStore : IAsyncDisposable
{
    private TestStore(StoreSettings settings, IDbContextFactory<ReaderDbContext> contexts)
    {
        Settings = settings;
        Contexts = contexts;
    }

    public StoreSettings Settings { get; }
    public IDbContextFactory<ReaderDbContext> Contexts { get; }
    public string Folder => Settings.DataDirectory;

    public static async Task<TestStore> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "br-data-" + Guid.NewGuid().ToString("N"));
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

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
        return ValueTask.CompletedTask;
    }
}

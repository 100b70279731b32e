using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BlazorReader.Data.Tests;

public class MigrationTests
{
    private static ReaderDbContext SqlServerContext() => StoreRegistration.CreateContext(
        new StoreSettings(StoreProvider.SqlServer, Path.GetTempPath(), "Server=127.0.0.1;Database=BlazorReaderScript;TrustServerCertificate=True"));

    [Fact]
    public async Task Sqlite_store_migrates_from_empty_with_no_pending_model_changes()
    {
        TestStore.RequireSqlite();
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.True(File.Exists(Path.Combine(store.Folder, StoreSettings.SqliteFileName)));
    }

    [Fact]
    public async Task Articles_stored_before_the_cleaner_version_was_recorded_count_as_cleaned_by_version_1()
    {
        TestStore.RequireSqlite(); // the older schemas are SQLite's history; the PostgreSQL store began with this one
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync(Core.Importing.ArticleSourceReader.Read(Path.Combine(AppContext.BaseDirectory, "seeds")),
            Core.Articles.ArticleStatus.Published, ct: ct);
        await using var db = store.Open();
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        await migrator.MigrateAsync(migrations[migrations.IndexOf(migrations.Single(m => m.EndsWith("_CleanerVersionAndDoubts", StringComparison.Ordinal))) - 1], ct);

        await migrator.MigrateAsync(cancellationToken: ct);

        Assert.Equal(1, await db.Articles.Select(a => a.CleanerVersion).SingleAsync(ct));
    }

    [Fact]
    public async Task New_sqlite_store_has_16_KB_pages_in_WAL_mode()
    {
        TestStore.RequireSqlite();
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(16384, (await db.Database.SqlQueryRaw<long>("PRAGMA page_size").ToListAsync(ct)).Single());
        Assert.Equal("wal", (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(ct)).Single());
    }

    [Fact]
    public async Task Existing_sqlite_store_keeps_its_page_size_when_migrated_again()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Path.Combine(Path.GetTempPath(), "br-data-" + Guid.NewGuid().ToString("N"));
        var settings = StoreSettings.ForSqliteFolder(folder);
        Directory.CreateDirectory(folder);
        try
        {
            await using (var old = new Microsoft.Data.Sqlite.SqliteConnection(settings.ConnectionString))
            {
                await old.OpenAsync(ct);
                await using var command = old.CreateCommand();
                command.CommandText = "PRAGMA page_size = 4096; CREATE TABLE earlier (x); PRAGMA journal_mode = WAL;";
                await command.ExecuteNonQueryAsync(ct);
            }
            await using var db = StoreRegistration.CreateContext(settings);
            await StoreInitializer.MigrateAsync(db, settings, ct);
            Assert.Equal(4096, (await db.Database.SqlQueryRaw<long>("PRAGMA page_size").ToListAsync(ct)).Single());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Store_of_this_pass_migrates_from_empty_with_no_pending_model_changes()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(TestStore.Provider == StoreProvider.PostgreSql, db.Database.IsNpgsql());
    }

    [Fact]
    public void PostgreSql_migrations_have_no_pending_model_changes()
    {
        using var db = StoreRegistration.CreateContext(
            new StoreSettings(StoreProvider.PostgreSql, Path.GetTempPath(), "Host=127.0.0.1;Database=blazorreader_script;Username=blazorreader"));
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void SqlServer_migrations_have_no_pending_model_changes()
    {
        using var db = SqlServerContext();
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void SqlServer_idempotent_script_creates_articles_with_unique_source_url()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [Articles]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Articles_SourceUrl] ON [Articles] ([SourceUrl]) WHERE [SourceUrl] IS NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [ChangeLog]", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_SqlServer_store_migrates_when_a_connection_string_is_given()
    {
        var connection = Environment.GetEnvironmentVariable("BLAZORREADER_TEST_SQLSERVER");
        if (string.IsNullOrWhiteSpace(connection))
        {
            Assert.Skip("BLAZORREADER_TEST_SQLSERVER is not set: no SQL Server to test against on this machine.");
        }
        await using var db = StoreRegistration.CreateContext(new StoreSettings(StoreProvider.SqlServer, Path.GetTempPath(), connection));
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }
}

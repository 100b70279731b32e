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
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.True(File.Exists(Path.Combine(store.Folder, StoreSettings.SqliteFileName)));
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

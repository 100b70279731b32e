using Npgsql;

namespace BlazorReader.Data.Tests;

// Databases for tests on the throwaway cluster ./test.sh starts. The schema is migrated once
// per test run into a template; each test's database is a copy of it, which PostgreSQL makes
// in a fraction of the time a migration takes.
internal static class PostgresDatabases
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? template;

    public static async Task<StoreSettings> CreateAsync(string folder)
    {
        var server = Environment.GetEnvironmentVariable("BLAZORREADER_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip("BLAZORREADER_TEST_POSTGRES is not set: no PostgreSQL cluster (tests/with-postgres.sh starts one).");
        }
        var from = await TemplateAsync(server, folder);
        var name = "br_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE {name} TEMPLATE {from}");
        return new StoreSettings(StoreProvider.PostgreSql, folder, On(server, name));
    }

    public static async Task DropAsync(StoreSettings settings)
    {
        var name = new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database!;
        ClearPool(settings.ConnectionString);
        await ExecuteAsync(Environment.GetEnvironmentVariable("BLAZORREADER_TEST_POSTGRES")!, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task<string> TemplateAsync(string server, string folder)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (template is null)
            {
                var name = "br_template_" + Environment.ProcessId;
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                await ExecuteAsync(server, $"CREATE DATABASE {name}");
                var settings = new StoreSettings(StoreProvider.PostgreSql, folder, On(server, name));
                await using (var db = StoreRegistration.CreateContext(settings))
                {
                    await StoreInitializer.MigrateAsync(db, settings);
                }
                // A template must have no one connected while it is copied.
                ClearPool(settings.ConnectionString);
                template = name;
            }
            return template;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static void ClearPool(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    private static string On(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

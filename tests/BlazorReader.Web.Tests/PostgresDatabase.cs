using Npgsql;

namespace BlazorReader.Web.Tests;

// An empty database of its own on the cluster ./test.sh starts (tests/with-postgres.sh), dropped
// afterwards; the test is skipped, saying why, where there is no cluster.
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string server;
    private readonly string name;

    private PostgresDatabase(string server, string name) =>
        (this.server, this.name, ConnectionString) = (server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);

    private string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync(string prefix)
    {
        var server = Environment.GetEnvironmentVariable("BLAZORREADER_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip("BLAZORREADER_TEST_POSTGRES is not set: no PostgreSQL cluster (tests/with-postgres.sh starts one).");
        }
        var database = new PostgresDatabase(server, prefix + Guid.NewGuid().ToString("N"));
        await database.ExecuteAsync($"CREATE DATABASE {database.name}");
        return database;
    }

    // Settings that put an app instance on this database.
    public Dictionary<string, string> AppSettings() => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:BlazorReader"] = ConnectionString,
    };

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

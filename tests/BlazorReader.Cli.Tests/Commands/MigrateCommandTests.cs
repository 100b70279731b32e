using Microsoft.Data.Sqlite;

namespace BlazorReader.Cli.Tests.Commands;

public sealed class MigrateCommandTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "br-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Migrate_names_the_known_papers_in_a_new_store()
    {
        var result = await CliRun.RunAsync("migrate", "--data", data);
        Assert.Equal(0, result.ExitCode);

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "blazorreader.db")};Mode=ReadOnly");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name FROM Sources WHERE Key = 'alriyadh'";
        Assert.Equal("الرياض", await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}

namespace BlazorReader.Cli.Tests.Commands;

// `index snapshot DIR` as an operator runs it over a store the CLI filled.
public sealed class IndexCommandTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "br-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_snapshot_of_a_store_with_no_index_yet_is_built_from_the_store()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", CliRun.Seed, "--data", data)).ExitCode);
        var target = Path.Combine(data, "snapshot");

        var result = await CliRun.RunAsync("index", "snapshot", target, "--data", data);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("snapshot of 1 articles at change 1", result.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(target, "snapshot.json")));
        Assert.True(File.Exists(Path.Combine(target, "index", "applied-sequence.txt")));
    }

    [Fact]
    public async Task A_folder_that_holds_files_is_refused_and_kept()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", CliRun.Seed, "--data", data)).ExitCode);
        var target = Directory.CreateDirectory(Path.Combine(data, "busy")).FullName;
        await File.WriteAllTextAsync(Path.Combine(target, "notes.txt"), "mine", TestContext.Current.CancellationToken);

        var result = await CliRun.RunAsync("index", "snapshot", target, "--data", data);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not empty", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFiles(target).Select(Path.GetFileName));
    }
}

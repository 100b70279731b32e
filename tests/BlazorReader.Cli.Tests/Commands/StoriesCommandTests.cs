namespace BlazorReader.Cli.Tests.Commands;

// `stories --rebuild` as an operator runs it over a store the CLI filled.
public sealed class StoriesCommandTests : IDisposable
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
    public async Task Rebuilding_groups_every_article_shows_progress_and_says_what_it_made()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", CliRun.Seed, "--data", data)).ExitCode);

        var result = await CliRun.RunAsync("stories", "--rebuild", "--data", data);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("progress: 1 articles grouped into stories", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 stories of 0 articles", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("rebuilt stories and 1 related lists in", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_rebuild_it_says_what_is_missing()
    {
        var result = await CliRun.RunAsync("stories", "--data", data);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("stories needs --rebuild.", result.Stderr, StringComparison.Ordinal);
    }
}

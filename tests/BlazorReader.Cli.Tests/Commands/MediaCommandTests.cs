namespace BlazorReader.Cli.Tests.Commands;

// `media sweep` over a store the CLI filled: a Markdown re-import skipped as unchanged still
// stores a picture that changed beside it, which no article then uses.
public sealed class MediaCommandTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "br-cli-" + Guid.NewGuid().ToString("N"));

    private string Store => Path.Combine(data, "store");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    // Two different 1×1 PNGs.
    private static readonly byte[] Red = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
    private static readonly byte[] Black = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private async Task<string> ImportTwiceWithAnotherPictureAsync()
    {
        var articles = Directory.CreateDirectory(Path.Combine(data, "articles")).FullName;
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(Path.Combine(articles, "good.md"), "---\ntitle: افتتاح المعرض\n---\nافتتح المعرض اليوم.\n\n![الجناح الرئيسي](hall.png)\n", ct);
        await File.WriteAllBytesAsync(Path.Combine(articles, "hall.png"), Black, ct);
        Assert.Contains("imported 1", (await CliRun.RunAsync("import", articles, "--data", Store)).Stdout, StringComparison.Ordinal);
        await File.WriteAllBytesAsync(Path.Combine(articles, "hall.png"), Red, ct);
        Assert.Contains("skipped 1", (await CliRun.RunAsync("import", articles, "--data", Store)).Stdout, StringComparison.Ordinal);
        return articles;
    }

    [Fact]
    public async Task A_dry_run_lists_the_unused_picture_and_the_sweep_removes_it_alone()
    {
        await ImportTwiceWithAnotherPictureAsync();

        var listed = await CliRun.RunAsync("media", "sweep", "--dry-run", "--grace-hours", "0", "--data", Store);
        Assert.Equal(0, listed.ExitCode);
        Assert.Matches(@"^2\t\d{4}-\d\d-\d\d \d\d:\d\d\tالجناح الرئيسي\n1 unused pictures would be removed \(dry run: nothing removed\)\n$", listed.Stdout.ReplaceLineEndings("\n"));

        var swept = await CliRun.RunAsync("media", "sweep", "--grace-hours", "0", "--data", Store);
        Assert.Contains("removed 1 unused pictures", swept.Stdout, StringComparison.Ordinal);
        var after = await CliRun.RunAsync("media", "sweep", "--dry-run", "--grace-hours", "0", "--data", Store);
        Assert.Contains("0 unused pictures would be removed", after.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picture_stored_within_the_grace_period_is_kept()
    {
        await ImportTwiceWithAnotherPictureAsync();

        var result = await CliRun.RunAsync("media", "sweep", "--data", Store);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("removed 0 unused pictures", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_grace_period_is_a_usage_error_saying_so()
    {
        var result = await CliRun.RunAsync("media", "sweep", "--grace-hours", "-1", "--data", Store);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--grace-hours is a number of hours: 0 or more.", result.Stderr, StringComparison.Ordinal);
    }
}

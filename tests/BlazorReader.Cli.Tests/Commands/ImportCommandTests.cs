namespace BlazorReader.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "br-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Imports_into_a_fresh_data_folder_and_prints_a_summary()
    {
        var result = await CliRun.RunAsync("import", CliRun.Seed, "--data", data);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("imported 1, updated 0, skipped 0, failed 0", result.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "blazorreader.db")));
    }

    [Fact]
    public async Task A_second_import_of_the_same_file_skips_it()
    {
        await CliRun.RunAsync("import", CliRun.Seed, "--data", data);
        var again = await CliRun.RunAsync("import", CliRun.Seed, "--data", data);
        Assert.Contains("imported 0, updated 0, skipped 1, failed 0", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_among_good_ones_fails_the_run_but_imports_the_rest()
    {
        var result = await CliRun.RunAsync("import", CliRun.Seed, Path.Combine(data, "missing.json"), "--data", data);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("imported 1", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("missing.json", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Imports_a_folder_of_Markdown_articles_with_their_pictures_and_names_each_bad_file()
    {
        var articles = Directory.CreateDirectory(Path.Combine(data, "articles")).FullName;
        await File.WriteAllTextAsync(Path.Combine(articles, "good.md"),
            "---\ntitle: افتتاح المعرض\ntags: ثقافة\nextra: 1\n---\nافتتح المعرض اليوم.\n\n![الجناح الرئيسي](hall.png)\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(articles, "bad.md"), "---\ntitle: خبر\nstatus: archived\n---\nنص.\n", TestContext.Current.CancellationToken);
        // A 1×1 PNG.
        await File.WriteAllBytesAsync(Path.Combine(articles, "hall.png"),
            Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="), TestContext.Current.CancellationToken);

        var result = await CliRun.RunAsync("import", articles, "--data", Path.Combine(data, "store"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("imported 1, updated 0, skipped 0, failed 1", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("bad.md: front matter 'status': expected draft, published or hidden, found 'archived'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("warning: " + Path.Combine(articles, "good.md") + ": front matter key 'extra' is not known", result.Stderr, StringComparison.Ordinal);

        var again = await CliRun.RunAsync("import", Path.Combine(articles, "good.md"), "--data", Path.Combine(data, "store"));
        Assert.Contains("imported 0, updated 0, skipped 1, failed 0", again.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "x", "--status", "archived")]
    [InlineData("frobnicate")]
    [InlineData("import", "x", "--data")]
    public async Task Usage_mistakes_exit_with_2_and_the_usage(params string[] args)
    {
        var result = await CliRun.RunAsync(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage:", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_provider_is_explained_in_one_line()
    {
        var result = await CliRun.RunAsync("migrate", "--provider", "Oracle", "--data", data);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: Database:Provider is 'Oracle'", result.Stderr, StringComparison.Ordinal);
    }
}

using BlazorReader.Core.Cleaning;
using BlazorReader.Data;
using BlazorReader.Data.Writing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BlazorReader.Cli.Tests.Commands;

// `reclean` as an operator runs it, over the seed imported by the CLI and then rewritten in the
// store as an older cleaner would have left it.
public sealed class RecleanCommandTests : IDisposable
{
    private const string OlderBody = "نص تركه منظف أقدم";
    private const string EditorsBody = "فقرة كتبها المحرر وحدها.";
    private readonly string data = Path.Combine(Path.GetTempPath(), "br-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private async Task StoreSeedAsCleanedByAnOlderCleanerAsync()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", CliRun.Seed, "--data", data)).ExitCode);
        // An older cleaner that found none of the teasers pasted below the story, nor the copyright line.
        await ExecuteAsync($$"""
            UPDATE Articles SET CleanerVersion = 1, Blocks = '[{"kind":0,"text":"{{OlderBody}}","dir":0}]';
            DELETE FROM RemovedFragments; DELETE FROM Teasers;
            """);
    }

    // An editor's save through the app's write path, before the older cleaner's stamp.
    private async Task StoreSeedEditedByAnEditorAsync()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", CliRun.Seed, "--data", data)).ExitCode);
        var builder = new DbContextOptionsBuilder<ReaderDbContext>();
        StoreRegistration.Configure(builder, StoreSettings.ForSqliteFolder(data));
        var changes = new ArticleChanges(new PooledDbContextFactory<ReaderDbContext>(builder.Options), TimeProvider.System, new ArticleCleaner());
        var (edit, version) = (await changes.LoadAsync(1, TestContext.Current.CancellationToken))!.Value;
        await changes.SaveEditAsync(1, version, edit with { BodyMarkdown = EditorsBody }, "editor@example.org", TestContext.Current.CancellationToken);
        await ExecuteAsync("UPDATE Articles SET CleanerVersion = 1");
    }

    private async Task<object?> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "blazorreader.db")};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_run_cleans_the_older_article_again_with_progress_and_a_diff_and_a_second_run_finds_nothing()
    {
        await StoreSeedAsCleanedByAnOlderCleanerAsync();

        var run = await CliRun.RunAsync("reclean", "--data", data);
        var again = await CliRun.RunAsync("reclean", "--data", data);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Contains("progress: 1 of 1 articles (cleaned again 1)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("- " + OlderBody, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("fields (articles): body 1", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal($"nothing to do: no article waits for this cleaner (version {ArticleCleaner.Version}).", again.Stdout.Trim());
    }

    [Fact]
    public async Task An_article_an_editor_changed_is_skipped_listed_with_who_changed_it_and_kept_as_they_left_it()
    {
        await StoreSeedEditedByAnEditorAsync();

        var run = await CliRun.RunAsync("reclean", "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("skipped, left for an editor (1):", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("#1 ", run.Stdout.Split('\n').Single(l => l.Contains("changed by editor@example.org", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(1L, await ExecuteAsync("SELECT CleanerVersion FROM Articles"));
        Assert.Contains(EditorsBody, (string)(await ExecuteAsync("SELECT Blocks FROM Articles"))!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_run_says_there_is_nothing_to_do_but_the_articles_waiting_for_an_editor()
    {
        await StoreSeedEditedByAnEditorAsync();
        Assert.Equal(0, (await CliRun.RunAsync("reclean", "--data", data)).ExitCode);

        var again = await CliRun.RunAsync("reclean", "--data", data);

        Assert.Equal((0, ""), (again.ExitCode, again.Stderr));
        Assert.StartsWith("nothing to do: no article waits for this cleaner", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 skipped by an earlier run wait for an editor", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_prints_the_same_report_and_changes_nothing()
    {
        await StoreSeedAsCleanedByAnOlderCleanerAsync();

        var dry = await CliRun.RunAsync("reclean", "--dry-run", "--data", data);

        Assert.Equal(0, dry.ExitCode);
        Assert.StartsWith("progress: 1 of 1 articles", dry.Stdout, StringComparison.Ordinal);
        Assert.Contains("dry run: nothing was written", dry.Stdout, StringComparison.Ordinal);
        Assert.Contains("- " + OlderBody, dry.Stdout, StringComparison.Ordinal);
        Assert.Contains("articles whose body changes: 1", dry.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s+teaser\s+5$", dry.Stdout);
        Assert.Matches(@"(?m)^\s+copyright\s+1$", dry.Stdout);
        Assert.Equal(1L, await ExecuteAsync("SELECT CleanerVersion FROM Articles"));
        Assert.Contains(OlderBody, (string)(await ExecuteAsync("SELECT Blocks FROM Articles"))!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_does_not_migrate_a_store_and_says_to_migrate_first()
    {
        var dry = await CliRun.RunAsync("reclean", "--dry-run", "--data", data);

        Assert.Equal(1, dry.ExitCode);
        Assert.StartsWith("error: the store is not at this version's schema", dry.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data, "blazorreader.db")));
    }

    [Fact]
    public async Task Its_help_names_the_dry_run_and_the_store_options()
    {
        var help = await CliRun.RunAsync("reclean", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("BlazorReader.Cli reclean [options]", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--dry-run", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--data <DIR>", help.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reclean", "everything")]
    [InlineData("reclean", "--dry-run", "maybe")]
    [InlineData("reclean", "--batch", "10")]
    public async Task Usage_mistakes_exit_with_2_and_the_commands_help_on_standard_error(params string[] args)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal((2, ""), (result.ExitCode, result.Stdout));
        Assert.Contains("BlazorReader.Cli reclean [options]", result.Stderr, StringComparison.Ordinal);
    }
}

namespace BlazorReader.Cli.Tests.Commands;

// Bad arguments to bench answer with one clear line before anything is measured.
public class BenchCommandTests
{
    [Theory]
    [InlineData("--queries", "many")]
    [InlineData("--queries", "0")]
    [InlineData("--seed", "-3")]
    public async Task A_bad_search_option_names_itself_and_the_value(string option, string value)
    {
        var result = await CliRun.RunAsync("bench", "search", AppContext.BaseDirectory, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains($"{option} needs a whole number above zero, not \"{value}\"", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_render_round_count_names_itself()
    {
        var result = await CliRun.RunAsync("bench", "render", "--rounds", "0");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--rounds needs a whole number above zero, not \"0\"", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_corpus_is_named()
    {
        var missing = Path.Combine(AppContext.BaseDirectory, "no-such-corpus");
        var result = await CliRun.RunAsync("bench", "search", missing);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no corpus at", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--articles", "none")]
    [InlineData("--worst", "0")]
    public async Task A_bad_clean_option_names_itself_and_the_value(string option, string value)
    {
        var result = await CliRun.RunAsync("bench", "clean", AppContext.BaseDirectory, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} needs a whole number above zero, not \"{value}\"", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_case_filter_lists_what_it_takes()
    {
        var result = await CliRun.RunAsync("bench", "clean", AppContext.BaseDirectory, "--only", "everything");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--only takes lost, order, tweets, clean", result.Stderr, StringComparison.Ordinal);
    }
}

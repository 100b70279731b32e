namespace BlazorReader.Cli.Tests;

// The command line as a person meets it: generated help, what a mistake says, and the
// suggestions shells complete from.
public class CommandLineRunTests
{
    [Fact]
    public async Task A_commands_help_names_its_arguments_and_options_on_standard_output()
    {
        var result = await CliRun.RunAsync("import", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Contains("BlazorReader.Cli import <PATH>... [options]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--status <published|draft|hidden>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--data <DIR>", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_word_help_before_a_command_shows_that_commands_help()
    {
        var result = await CliRun.RunAsync("help", "clean");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("BlazorReader.Cli clean <FILE> [options]", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_status_says_which_are_known_then_the_commands_help()
    {
        var result = await CliRun.RunAsync("import", "x", "--status", "archived");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("--status 'archived' is not one of published, draft, hidden.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("BlazorReader.Cli import <PATH>... [options]", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_named_first_then_the_commands_there_are()
    {
        var result = await CliRun.RunAsync("frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("Unrecognized command or argument 'frobnicate'.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("learn-boilerplate <PATH>", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggests_the_statuses_an_import_can_take()
    {
        const string line = "BlazorReader.Cli import x --status ";
        var result = await CliRun.RunAsync($"[suggest:{line.Length}]", line);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["draft", "hidden", "published"], result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}

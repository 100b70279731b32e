using System.Text.Json;

namespace BlazorReader.Cli.Tests.Commands;

public class CleanCommandTests
{
    [Fact]
    public async Task Json_output_follows_the_contract_field_names()
    {
        var result = await CliRun.RunAsync("clean", CliRun.Seed, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        foreach (var field in new[] { "title", "titleDerived", "byline", "dateline", "attribution", "publishedAt",
                     "publishedAtInferred", "blocks", "teasers", "removed", "markdown" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        }
        var block = root.GetProperty("blocks")[0];
        Assert.Equal("paragraph", block.GetProperty("kind").GetString());
        Assert.Equal("rtl", block.GetProperty("dir").GetString());
        Assert.True(root.GetProperty("titleDerived").GetBoolean());
    }

    [Fact]
    public async Task Output_has_no_carriage_return_or_bom()
    {
        var result = await CliRun.RunAsync("clean", CliRun.Seed, "--json");
        Assert.DoesNotContain('\r', result.Stdout);
        Assert.DoesNotContain("\\r", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFEFF', result.Stdout);
    }

    [Fact]
    public async Task Without_json_prints_a_readable_report()
    {
        var result = await CliRun.RunAsync("clean", CliRun.Seed);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--- removed", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_one_clear_line_on_stderr_and_a_failing_exit_code()
    {
        var result = await CliRun.RunAsync("clean", Path.Combine(AppContext.BaseDirectory, "no-such-file.txt"), "--json");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.Contains("not found", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_refused_without_a_stack_trace()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"br-empty-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(empty, "", TestContext.Current.CancellationToken);
        var result = await CliRun.RunAsync("clean", empty);
        File.Delete(empty);
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_file_or_a_folder_is_refused_with_one_line()
    {
        var binary = Path.Combine(Path.GetTempPath(), $"br-bin-{Guid.NewGuid():N}.txt");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02], TestContext.Current.CancellationToken);
        var fromBinary = await CliRun.RunAsync("clean", binary, "--json");
        File.Delete(binary);
        var fromFolder = await CliRun.RunAsync("clean", AppContext.BaseDirectory);
        Assert.All(new[] { fromBinary, fromFolder }, r =>
        {
            Assert.Equal(1, r.ExitCode);
            Assert.Single(r.Stderr.Trim().Split('\n'));
        });
        Assert.Contains("binary", fromBinary.Stderr, StringComparison.Ordinal);
    }
}

using System.Text.Json;

namespace BlazorReader.Cli.Tests.Commands;

public sealed class LearnBoilerplateCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("br-learn-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Learns_recurring_lines_per_source_and_saves_them_in_the_data_folder()
    {
        var lines = Enumerable.Range(0, 40).Select(i => JsonSerializer.Serialize(new
        {
            source = "paper",
            content = $"خبر عن موضوع {Guid.NewGuid():N} مختلف.\n\nتابعوا قناتنا على الجوال",
        }));
        var corpus = Path.Combine(folder, "corpus.jsonl");
        await File.WriteAllLinesAsync(corpus, lines, TestContext.Current.CancellationToken);
        var data = Path.Combine(folder, "data");

        var result = await CliRun.RunAsync("learn-boilerplate", corpus, "--data", data);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("paper: 1 line(s)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("تابعوا قناتنا على الجوال", await File.ReadAllTextAsync(Path.Combine(data, "boilerplate.json"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_readable_is_a_failing_run()
    {
        var result = await CliRun.RunAsync("learn-boilerplate", Path.Combine(folder, "missing"), "--data", folder);
        Assert.Equal(1, result.ExitCode);
    }
}

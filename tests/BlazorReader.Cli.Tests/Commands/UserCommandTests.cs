namespace BlazorReader.Cli.Tests.Commands;

public sealed class UserCommandTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "br-cli-user-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_first_admin_is_made_with_a_password_from_standard_input()
    {
        var added = await CliRun.RunWithInputAsync("a long enough passphrase\n", "user", "add", "admin@example.org", "--role", "Admin", "--data", data);
        Assert.Equal(0, added.ExitCode);
        var list = await CliRun.RunAsync("user", "list", "--data", data);
        Assert.Contains("admin@example.org\tAdmin\tactive", list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("passphrase", added.Stdout + list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_is_refused_with_one_clear_line()
    {
        var result = await CliRun.RunWithInputAsync("short\n", "user", "add", "admin@example.org", "--role", "Admin", "--data", data);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("admin@example.org", (await CliRun.RunAsync("user", "list", "--data", data)).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_role_and_a_missing_role_are_usage_errors()
    {
        var unknown = await CliRun.RunWithInputAsync("a long enough passphrase\n", "user", "add", "x@example.org", "--role", "Owner", "--data", data);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Unknown role", unknown.Stderr, StringComparison.Ordinal);
        var missing = await CliRun.RunWithInputAsync("a long enough passphrase\n", "user", "add", "x@example.org", "--data", data);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--role", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_admin_cannot_be_disabled()
    {
        await CliRun.RunWithInputAsync("a long enough passphrase\n", "user", "add", "admin@example.org", "--role", "Admin", "--data", data);
        var result = await CliRun.RunAsync("user", "disable", "admin@example.org", "--data", data);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("last active admin", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }
}

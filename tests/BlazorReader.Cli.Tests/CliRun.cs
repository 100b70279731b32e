using System.Diagnostics;

namespace BlazorReader.Cli.Tests;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

// Runs the built CLI as a separate process, exactly as scripts call it.
public static class CliRun
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", ["BlazorReader.Cli.dll", .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public static string Seed => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")).Single();
}

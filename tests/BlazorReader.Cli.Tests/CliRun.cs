using System.Diagnostics;

namespace BlazorReader.Cli.Tests;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

// Runs the built CLI as a separate process, exactly as scripts call it.
public static class CliRun
{
    public static Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    // Input, when given, is what a person would pipe in (a password, say).
    public static async Task<CliResult> RunWithInputAsync(string? input, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", ["BlazorReader.Cli.dll", .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        using var process = Process.Start(info)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public static string Seed => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")).Single();
}

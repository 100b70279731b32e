using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BlazorReader.Web.Tests;

// The app started the way operators start it: `dotnet BlazorReader.Web.dll` from the build
// output, Production, on a port of its own choosing on 127.0.0.1. Killed on dispose.
public sealed partial class BuildOutputApp : IAsyncDisposable
{
    private readonly Process process;

    private BuildOutputApp(Process process, Uri address, string dataDirectory)
    {
        this.process = process;
        Address = address;
        DataDirectory = dataDirectory;
    }

    public Uri Address { get; }
    public string DataDirectory { get; }

    public static string WebOutputFolder
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "BlazorReader.sln")))
            {
                root = root.Parent;
            }
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(root!.FullName, "src", "BlazorReader.Web", "bin", configuration, "net10.0");
        }
    }

    public static async Task<BuildOutputApp> StartAsync(CancellationToken ct)
    {
        var data = ReaderAppFactory.NewDataDirectory();
        var info = new ProcessStartInfo("dotnet", ["BlazorReader.Web.dll", "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = WebOutputFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Storage__DataDirectory"] = data;
        var process = Process.Start(info)!;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line && errors.Count < 50)
            {
                errors.Enqueue(line);
            }
        };
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // A loaded CI machine (the whole suite on two cores) can take a minute to start the app.
        timeout.CancelAfter(TimeSpan.FromSeconds(180));
        // A process that never listens is killed here: no test may leave a server behind.
        using var killOnTimeout = timeout.Token.Register(() => process.Kill(entireProcessTree: true));
        while (await process.StandardOutput.ReadLineAsync(CancellationToken.None) is { } line)
        {
            if (ListeningOn().Match(line) is { Success: true } m)
            {
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None); // keep the pipe drained
                return new BuildOutputApp(process, new Uri(m.Groups[1].Value), data);
            }
        }
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
        var why = timeout.IsCancellationRequested ? "stayed silent for 180 s" : $"ended with exit code {process.ExitCode}";
        throw new InvalidOperationException($"The app {why} before it listened on a port. Its error output: {string.Join(" | ", errors)}");
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        ReaderAppFactory.DeleteFolder(DataDirectory);
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}

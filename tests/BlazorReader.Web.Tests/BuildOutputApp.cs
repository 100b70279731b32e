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
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
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
        throw new InvalidOperationException("The app ended or stayed silent before it listened on a port.");
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

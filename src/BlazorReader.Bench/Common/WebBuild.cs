using System.CommandLine;

namespace BlazorReader.Bench.Common;

// The benchmarks that start the app run it from its Release build output in this repository,
// found from the CLI's own build output.
public static class WebBuild
{
    public static string? Folder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BlazorReader.sln")))
        {
            dir = dir.Parent;
        }
        var output = dir is null ? null : Path.Combine(dir.FullName, "src", "BlazorReader.Web", "bin", "Release", "net10.0");
        return output is not null && File.Exists(Path.Combine(output, "BlazorReader.Web.dll")) ? output : null;
    }

    // For a command that needs it: a missing build is a usage mistake, said before anything runs.
    public static void Require(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Validators.Add(result =>
        {
            if (Folder() is null)
            {
                result.AddError($"bench {command.Name} needs the Release build: dotnet build src/BlazorReader.Web -c Release");
            }
        });
    }

    public const string Wrk = "/usr/bin/wrk";

    // The HTTP benchmarks' load generator: missing, it is said before a corpus is imported.
    public static void RequireWrk(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Validators.Add(result =>
        {
            if (!File.Exists(Wrk))
            {
                result.AddError($"bench {command.Name} needs wrk, from Debian's package of that name: apt-get install wrk");
            }
        });
    }
}

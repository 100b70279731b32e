using Microsoft.Extensions.Configuration;

namespace BlazorReader.Cli;

// Parsed arguments: the command, its positional arguments, and options. Options that name
// store settings override the same keys from the environment (Storage__DataDirectory, ...).
public sealed class CommandLine
{
    private static readonly Dictionary<string, string> SettingOptions = new(StringComparer.Ordinal)
    {
        ["--data"] = "Storage:DataDirectory",
        ["--provider"] = "Database:Provider",
        ["--connection"] = "ConnectionStrings:BlazorReader",
    };

    private static readonly HashSet<string> ValueOptions = ["--status", "--out", "--role", "--queries", "--seed", .. SettingOptions.Keys];

    public string Command { get; private init; } = "";
    public List<string> Arguments { get; } = [];
    public Dictionary<string, string?> Options { get; } = new(StringComparer.Ordinal);

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var line = new CommandLine { Command = args.Count > 0 ? args[0] : "" };
        for (var i = 1; i < args.Count; i++)
        {
            var a = args[i];
            if (ValueOptions.Contains(a))
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"{a} needs a value.");
                }
                line.Options[a] = args[++i];
            }
            else if (a.StartsWith("--", StringComparison.Ordinal))
            {
                line.Options[a] = null;
            }
            else
            {
                line.Arguments.Add(a);
            }
        }
        return line;
    }

    public bool Has(string flag) => Options.ContainsKey(flag);

    public IConfiguration Configuration()
    {
        var overrides = SettingOptions.Where(o => Options.ContainsKey(o.Key))
            .ToDictionary(o => o.Value, o => Options[o.Key]);
        return new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
    }
}

public sealed class UsageException(string message) : Exception(message);

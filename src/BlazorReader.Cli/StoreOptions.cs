using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace BlazorReader.Cli;

// The store options of every command that opens the store. Given, they override the same
// keys from the environment (Storage__DataDirectory, ...), as the web app reads them.
public static class StoreOptions
{
    private static readonly Option<string> Data = new("--data")
    {
        Description = "The data folder: SQLite database, search index, learned boilerplate (or Storage__DataDirectory).",
        HelpName = "DIR",
    };

    private static readonly Option<string> Provider = new("--provider")
    {
        Description = "The database provider (or Database__Provider).",
        HelpName = "Sqlite|SqlServer|PostgreSql",
    };

    private static readonly Option<string> Connection = new("--connection")
    {
        Description = "The SQL Server connection string, or a shared SQLite database file (or ConnectionStrings__BlazorReader).",
        HelpName = "\"...\"",
    };

    private static readonly (Option<string> Option, string Key)[] Settings =
    [
        (Data, "Storage:DataDirectory"),
        (Provider, "Database:Provider"),
        (Connection, "ConnectionStrings:BlazorReader"),
    ];

    static StoreOptions()
    {
        // Suggested, not enforced: the store names an unknown provider in its own words.
        Provider.CompletionSources.Add("Sqlite", "SqlServer", "PostgreSql");
    }

    public static Command AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var (option, _) in Settings)
        {
            command.Add(option);
        }
        return command;
    }

    public static IConfiguration Configuration(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var overrides = Settings.Where(s => parse.GetValue(s.Option) is not null)
            .ToDictionary(s => s.Key, s => parse.GetValue(s.Option));
        return new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
    }
}

using Microsoft.Extensions.Options;

namespace BlazorReader.Data;

// The configuration sections that say where the store lives, read alike by the app (bound,
// checked at start) and the CLI (StoreSettings.From). Empty values mean the defaults.
public sealed class StorageOptions
{
    public const string Section = "Storage";

    // Everything the app writes; "data" under the current folder when empty.
    public string? DataDirectory { get; set; }
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    // Sqlite, SqlServer or PostgreSql, in any case; Sqlite when empty.
    public string? Provider { get; set; }
}

// ConnectionStrings:BlazorReader.
public sealed class ConnectionStringOptions
{
    public const string Section = "ConnectionStrings";

    public string? BlazorReader { get; set; }
}

// The provider and its connection string are checked together: SQL Server needs one.
public sealed class StoreOptionsValidator(IOptions<ConnectionStringOptions> connections) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options) =>
        StoreSettings.Problem(options, connections.Value) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}

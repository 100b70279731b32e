using Microsoft.Extensions.Configuration;

namespace BlazorReader.Data;

public enum StoreProvider
{
    Sqlite = 0,
    SqlServer = 1,
    PostgreSql = 2,
}

// Where the store lives. SQLite in the data folder is the default so one command runs
// everything; SQL Server is chosen by configuration in production, PostgreSQL is the server
// store the tests run live.
public sealed record StoreSettings(StoreProvider Provider, string DataDirectory, string ConnectionString)
{
    public const string SqliteFileName = "blazorreader.db";

    public static StoreSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return From(
            configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new(),
            configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new(),
            configuration.GetSection(ConnectionStringOptions.Section).Get<ConnectionStringOptions>() ?? new());
    }

    public static StoreSettings From(StorageOptions storage, DatabaseOptions database, ConnectionStringOptions connections)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(connections);
        if (Problem(database, connections) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
        var dataDirectory = Path.GetFullPath(storage.DataDirectory is { Length: > 0 } d ? d : "data");
        var provider = ProviderOf(database)!.Value;
        var connectionString = connections.BlazorReader;
        if (provider == StoreProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            // A given SQLite connection string lets instances with their own data folders (and
            // search indexes) share one database file, as SQL Server instances share a server.
            connectionString = $"Data Source={Path.Combine(dataDirectory, SqliteFileName)};Default Timeout=30";
        }
        return new StoreSettings(provider, dataDirectory, connectionString!);
    }

    // What is wrong with the store's settings, said so that an operator can fix it; null if nothing.
    public static string? Problem(DatabaseOptions database, ConnectionStringOptions connections)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(connections);
        return ProviderOf(database) switch
        {
            null => $"Database:Provider is '{database.Provider}'; use Sqlite, SqlServer or PostgreSql.",
            StoreProvider.SqlServer or StoreProvider.PostgreSql when string.IsNullOrWhiteSpace(connections.BlazorReader) =>
                $"Database:Provider is {ProviderOf(database)} but ConnectionStrings:BlazorReader is empty.",
            _ => null,
        };
    }

    private static StoreProvider? ProviderOf(DatabaseOptions database) =>
        Enum.TryParse<StoreProvider>(database.Provider is { Length: > 0 } p ? p : nameof(StoreProvider.Sqlite), ignoreCase: true, out var provider)
            ? provider : null;

    public static StoreSettings ForSqliteFolder(string dataDirectory) =>
        new(StoreProvider.Sqlite, dataDirectory,
            $"Data Source={Path.Combine(dataDirectory, SqliteFileName)};Default Timeout=30");
}

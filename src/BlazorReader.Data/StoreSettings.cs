using Microsoft.Extensions.Configuration;

namespace BlazorReader.Data;

public enum StoreProvider
{
    Sqlite = 0,
    SqlServer = 1,
}

// Where the store lives. SQLite in the data folder is the default so one command runs
// everything; SQL Server is chosen by configuration in production.
public sealed record StoreSettings(StoreProvider Provider, string DataDirectory, string ConnectionString)
{
    public const string SqliteFileName = "blazorreader.db";

    public static StoreSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDirectory = Path.GetFullPath(configuration["Storage:DataDirectory"] is { Length: > 0 } d ? d : "data");
        var providerName = configuration["Database:Provider"] is { Length: > 0 } p ? p : nameof(StoreProvider.Sqlite);
        if (!Enum.TryParse<StoreProvider>(providerName, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{providerName}'; use Sqlite or SqlServer.");
        }
        var connectionString = configuration.GetConnectionString("BlazorReader");
        if (provider == StoreProvider.SqlServer && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Database:Provider is SqlServer but ConnectionStrings:BlazorReader is empty.");
        }
        if (provider == StoreProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            // A given SQLite connection string lets instances with their own data folders (and
            // search indexes) share one database file, as SQL Server instances share a server.
            connectionString = $"Data Source={Path.Combine(dataDirectory, SqliteFileName)};Default Timeout=30";
        }
        return new StoreSettings(provider, dataDirectory, connectionString!);
    }

    public static StoreSettings ForSqliteFolder(string dataDirectory) =>
        new(StoreProvider.Sqlite, dataDirectory,
            $"Data Source={Path.Combine(dataDirectory, SqliteFileName)};Default Timeout=30");
}

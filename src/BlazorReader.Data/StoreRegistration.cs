using BlazorReader.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Data;

public static class StoreRegistration
{
    public const string SqliteMigrationsAssembly = "BlazorReader.Data.Sqlite";
    public const string SqlServerMigrationsAssembly = "BlazorReader.Data.SqlServer";

    public static IServiceCollection AddReaderStore(this IServiceCollection services, StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.AddDbContextFactory<ReaderDbContext>(o => Configure(o, settings));
        return services.AddReaderQueries();
    }

    // A list in a query (ids.Contains(a.Id)) goes as one JSON parameter. EF 10's default binds
    // one parameter per item: SQL Server refuses a statement past 2,100 of them and SQLite past
    // 32,766 (a related-lists rebuild names every article), and the SQL is built anew for
    // every length (a tenth of an import's writing time).
    public static void Configure(DbContextOptionsBuilder options, StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == StoreProvider.SqlServer)
        {
            options.UseSqlServer(settings.ConnectionString, b => b.MigrationsAssembly(SqlServerMigrationsAssembly)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        }
        else
        {
            options.UseSqlite(settings.ConnectionString, b => b.MigrationsAssembly(SqliteMigrationsAssembly)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        }
    }

    public static ReaderDbContext CreateContext(StoreSettings settings)
    {
        var builder = new DbContextOptionsBuilder<ReaderDbContext>();
        Configure(builder, settings);
        return new ReaderDbContext(builder.Options);
    }
}

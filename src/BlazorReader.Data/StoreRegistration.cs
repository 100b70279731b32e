using Microsoft.EntityFrameworkCore.Infrastructure;
using BlazorReader.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorReader.Data;

public static class StoreRegistration
{
    public const string SqliteMigrationsAssembly = "BlazorReader.Data.Sqlite";
    public const string SqlServerMigrationsAssembly = "BlazorReader.Data.SqlServer";
    public const string PostgreSqlMigrationsAssembly = "BlazorReader.Data.PostgreSql";

    // The store as configured: its sections bound, and checked when the app starts, before the
    // settings are first read.
    public static IServiceCollection AddReaderStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.AddOptions<ConnectionStringOptions>().Bind(configuration.GetSection(ConnectionStringOptions.Section)).ValidateOnStart();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, StoreOptionsValidator>();
        services.AddSingleton(sp => StoreSettings.From(sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<IOptions<ConnectionStringOptions>>().Value));
        return services.AddStoreServices();
    }

    public static IServiceCollection AddReaderStore(this IServiceCollection services, StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        return services.AddStoreServices();
    }

    private static IServiceCollection AddStoreServices(this IServiceCollection services)
    {
        services.AddDbContextFactory<ReaderDbContext>((sp, o) => Configure(o, sp.GetRequiredService<StoreSettings>()));
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
        else if (settings.Provider == StoreProvider.PostgreSql)
        {
            options.UseNpgsql(settings.ConnectionString, b => b.MigrationsAssembly(PostgreSqlMigrationsAssembly)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        }
        else
        {
            options.UseSqlite(settings.ConnectionString, b => b.MigrationsAssembly(SqliteMigrationsAssembly)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        }
    }

    // Contexts on the store outside a host (the CLI, benchmarks), configured as the app's are.
    public static PooledDbContextFactory<ReaderDbContext> CreateFactory(StoreSettings settings)
    {
        var builder = new DbContextOptionsBuilder<ReaderDbContext>();
        Configure(builder, settings);
        return new PooledDbContextFactory<ReaderDbContext>(builder.Options);
    }

    public static ReaderDbContext CreateContext(StoreSettings settings)
    {
        var builder = new DbContextOptionsBuilder<ReaderDbContext>();
        Configure(builder, settings);
        return new ReaderDbContext(builder.Options);
    }
}

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
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == StoreProvider.SqlServer)
        {
            options.UseSqlServer(settings.ConnectionString, b => b.MigrationsAssembly(SqlServerMigrationsAssembly));
        }
        else
        {
            options.UseSqlite(settings.ConnectionString, b => b.MigrationsAssembly(SqliteMigrationsAssembly));
        }
    }

    public static ReaderDbContext CreateContext(StoreSettings settings)
    {
        var builder = new DbContextOptionsBuilder<ReaderDbContext>();
        Configure(builder, settings);
        return new ReaderDbContext(builder.Options);
    }
}

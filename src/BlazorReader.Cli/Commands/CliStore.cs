using BlazorReader.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace BlazorReader.Cli.Commands;

// The store as the CLI sees it: same settings and migrations as the web app.
public sealed class CliStore
{
    public required StoreSettings Settings { get; init; }
    public required IDbContextFactory<ReaderDbContext> Contexts { get; init; }

    public static async Task<CliStore> OpenAsync(IConfiguration configuration, bool migrate)
    {
        var settings = StoreSettings.From(configuration);
        var contexts = migrate ? await StoreInitializer.OpenAsync(settings) : StoreRegistration.CreateFactory(settings);
        return new CliStore { Settings = settings, Contexts = contexts };
    }
}

using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace BlazorReader.Cli.Commands;

public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or update the schema of the configured store.");
        StoreOptions.AddTo(command);
        command.SetAction((parse, _) => RunAsync(StoreOptions.Configuration(parse)));
        return command;
    }

    public static async Task<int> RunAsync(IConfiguration configuration)
    {
        var store = await CliStore.OpenAsync(configuration, migrate: true);
        await using var db = await store.Contexts.CreateDbContextAsync();
        var applied = await db.Database.GetAppliedMigrationsAsync();
        Console.WriteLine($"{store.Settings.Provider} store is up to date ({applied.Count()} migration(s) applied).");
        return 0;
    }
}

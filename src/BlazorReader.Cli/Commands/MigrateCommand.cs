using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Cli.Commands;

public static class MigrateCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var store = await CliStore.OpenAsync(line, migrate: true);
        await using var db = await store.Contexts.CreateDbContextAsync();
        var applied = await db.Database.GetAppliedMigrationsAsync();
        Console.WriteLine($"{store.Settings.Provider} store is up to date ({applied.Count()} migration(s) applied).");
        return 0;
    }
}

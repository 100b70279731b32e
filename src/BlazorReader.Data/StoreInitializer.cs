using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data;

public static class StoreInitializer
{
    // Creates the data folder and brings the schema up to date. WAL lets the CLI import
    // while the app keeps reading the same SQLite file.
    public static async Task MigrateAsync(ReaderDbContext db, StoreSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        Directory.CreateDirectory(settings.DataDirectory);
        await db.Database.MigrateAsync(ct);
        if (settings.Provider == StoreProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}

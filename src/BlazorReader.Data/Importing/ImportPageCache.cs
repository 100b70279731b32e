using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Importing;

// A batch of 1,000 articles writes about 12 MB of pages (raw text, Markdown and blocks), and
// SQLite's default 2 MB page cache spills them to the WAL mid-transaction and reads index pages
// back: measured at a third of the article inserts' time. The cache grows for one batch and is
// given back afterwards, since the connection returns to a pool the app shares. Other
// providers manage their own memory, so there this does nothing.
internal sealed class ImportPageCache : IAsyncDisposable
{
    private const int BatchCacheKibibytes = 64 * 1024;
    private readonly DbConnection? connection;
    private readonly long previous;

    private ImportPageCache(DbConnection? connection, long previous)
    {
        this.connection = connection;
        this.previous = previous;
    }

    // The connection must stay open until this is disposed, or the setting lands on another one.
    public static async Task<ImportPageCache> EnlargeAsync(ReaderDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return new ImportPageCache(null, 0);
        }
        var connection = db.Database.GetDbConnection();
        var previous = Convert.ToInt64(await ExecuteAsync(connection, "PRAGMA cache_size", ct), CultureInfo.InvariantCulture);
        // A negative size is in KiB rather than pages.
        await ExecuteAsync(connection, "PRAGMA cache_size = " + (-BatchCacheKibibytes).ToString(CultureInfo.InvariantCulture), ct);
        return new ImportPageCache(connection, previous);
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await ExecuteAsync(connection, "PRAGMA cache_size = " + previous.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
        }
    }

    private static async Task<object?> ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}

using BlazorReader.Data;
using BlazorReader.Search;
using BlazorReader.Search.Following;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Setup;

// Opens this instance's search index; a first start given a snapshot (Index:Snapshot) takes
// it first, so that it replays only the change log after the snapshot instead of rebuilding
// the whole index from the store. A snapshot that cannot be used is said so, and the start
// goes on as without one.
public static partial class IndexStart
{
    public static ArticleIndex Open(IServiceProvider services)
    {
        var data = services.GetRequiredService<StoreSettings>().DataDirectory;
        var folder = Path.Combine(data, StoreIndexer.FolderName);
        var snapshot = services.GetRequiredService<IOptions<IndexOptions>>().Value.Snapshot;
        if (!string.IsNullOrWhiteSpace(snapshot) && !IndexSnapshot.HoldsDocuments(folder))
        {
            var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IndexStart));
            using var db = services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContext();
            if (IndexSnapshot.Restore(db, snapshot, data) is { } refused)
            {
                LogSnapshotRefused(log, refused);
            }
            else
            {
                LogSnapshotRestored(log, snapshot);
            }
        }
        return ArticleIndex.OpenFolder(Directory.CreateDirectory(folder).FullName);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index snapshot not used: {Reason} The index is built from the store instead.")]
    private static partial void LogSnapshotRefused(ILogger log, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index restored from the snapshot in {Folder}; only the change log after it is replayed")]
    private static partial void LogSnapshotRestored(ILogger log, string folder);
}

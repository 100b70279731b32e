using System.Globalization;
using System.Text.Json;
using BlazorReader.Data;
using BlazorReader.Data.Related;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace BlazorReader.Search.Following;

// A copy of one instance's search index with the change-log position it reflects, and the
// position the store's related lists reflect. A new instance restores it and replays only the
// log after it, instead of rebuilding: after a deploy, every instance rebuilding at once is
// what operators of per-node Lucene indexes complain about most.
//
// The manifest names the log entry at the position, so a snapshot is never restored over
// another store (its numbers would mean other changes there).
public static class IndexSnapshot
{
    public const string ManifestFile = "snapshot.json";

    // Position: what the index reflects; Entry*: the last log entry at or below it (0 when the
    // log was empty), which must be the same entry in the store it is restored over.
    public sealed record Manifest(long Position, long EntrySequence, int EntryArticleId, DateTime EntryAt, long? RelatedPosition,
        int Articles, DateTime TakenAt);

    // Copies dataFolder's index (the app may be running: its last commit is copied, retried
    // if the writer drops a file meanwhile), or builds one from the store when there is none.
    public static async Task<Manifest> TakeAsync(ReaderDbContext db, string dataFolder, string target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new IOException($"{target} is not empty; a snapshot goes into a new or empty folder.");
        }
        var work = target.TrimEnd(Path.DirectorySeparatorChar) + ".partial";
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
        var workIndex = Directory.CreateDirectory(Path.Combine(work, StoreIndexer.FolderName)).FullName;
        var source = Path.Combine(dataFolder, StoreIndexer.FolderName);
        // Read before the index: the lists reflect at least this much when the copy is taken.
        var related = ReadPosition(Path.Combine(dataFolder, RelatedStoryService.PositionFile));
        int articles;
        if (HoldsDocuments(source) && File.Exists(Path.Combine(source, StoreIndexer.PositionFile)))
        {
            articles = CopyLastCommit(source, workIndex);
        }
        else
        {
            using var index = ArticleIndex.OpenFolder(workIndex);
            articles = await new StoreIndexer(index, workIndex).RebuildAsync(db, null, ct);
        }
        var position = ReadPosition(Path.Combine(workIndex, StoreIndexer.PositionFile)) ?? 0;
        var entry = await db.ChangeLog.AsNoTracking().Where(c => c.Sequence <= position).OrderByDescending(c => c.Sequence)
            .FirstOrDefaultAsync(ct);
        var manifest = new Manifest(position, entry?.Sequence ?? 0, entry?.ArticleId ?? 0, entry?.At ?? default, related, articles, DateTime.UtcNow);
        await File.WriteAllTextAsync(Path.Combine(work, ManifestFile), JsonSerializer.Serialize(manifest), ct);
        if (Directory.Exists(target))
        {
            Directory.Delete(target);
        }
        Directory.Move(work, target);
        return manifest;
    }

    // Into an instance whose index holds no article yet; null, or the reason when the
    // snapshot cannot be used (the instance then builds from the store as without one).
    public static string? Restore(ReaderDbContext db, string snapshot, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(db);
        var manifestPath = Path.Combine(snapshot, ManifestFile);
        Manifest? manifest;
        try
        {
            manifest = File.Exists(manifestPath) ? JsonSerializer.Deserialize<Manifest>(File.ReadAllText(manifestPath)) : null;
        }
        catch (JsonException)
        {
            manifest = null;
        }
        if (manifest is null || !HoldsDocuments(Path.Combine(snapshot, StoreIndexer.FolderName)))
        {
            return $"{snapshot} holds no index snapshot ({ManifestFile} and {StoreIndexer.FolderName}/ are written by `cli index snapshot`).";
        }
        if (manifest.EntrySequence > 0 && (db.ChangeLog.AsNoTracking().FirstOrDefault(c => c.Sequence == manifest.EntrySequence) is not { } entry
            || entry.ArticleId != manifest.EntryArticleId || entry.At.Ticks != manifest.EntryAt.Ticks))
        {
            return $"the snapshot in {snapshot} was taken of another store (change {manifest.EntrySequence} differs here).";
        }
        // An empty index's files would sit beside the snapshot's, and its newer commit win.
        var target = Directory.CreateDirectory(Path.Combine(dataFolder, StoreIndexer.FolderName)).FullName;
        foreach (var stale in Directory.EnumerateFiles(target))
        {
            File.Delete(stale);
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(snapshot, StoreIndexer.FolderName)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
        var relatedFile = Path.Combine(dataFolder, RelatedStoryService.PositionFile);
        if (manifest.RelatedPosition is { } related && !File.Exists(relatedFile))
        {
            File.WriteAllText(relatedFile, related.ToString(CultureInfo.InvariantCulture));
        }
        return null;
    }

    // A committed index with at least one article (a first start commits an empty one).
    public static bool HoldsDocuments(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }
        using var directory = new Indexing.PositionalReadDirectory(folder);
        if (!DirectoryReader.IndexExists(directory))
        {
            return false;
        }
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs > 0;
    }

    // The files of the last commit, the layout stamp and the position beside them. The
    // position is read first: the commit copied is then at least as recent as it says.
    private static int CopyLastCommit(string source, string target)
    {
        var position = File.ReadAllText(Path.Combine(source, StoreIndexer.PositionFile));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using LuceneDirectory directory = new Indexing.PositionalReadDirectory(source);
                var commit = DirectoryReader.ListCommits(directory)[^1];
                foreach (var name in commit.FileNames)
                {
                    File.Copy(Path.Combine(source, name), Path.Combine(target, name), overwrite: true);
                }
                File.Copy(Path.Combine(source, ArticleIndex.LayoutFile), Path.Combine(target, ArticleIndex.LayoutFile), overwrite: true);
                File.WriteAllText(Path.Combine(target, StoreIndexer.PositionFile), position);
                using var reader = DirectoryReader.Open(commit);
                return reader.NumDocs;
            }
            catch (FileNotFoundException) when (attempt < 5)
            {
                // The running app committed and let the older commit's files go: take the new one.
                foreach (var file in Directory.EnumerateFiles(target))
                {
                    File.Delete(file);
                }
            }
        }
    }

    private static long? ReadPosition(string file) =>
        File.Exists(file) && long.TryParse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture, out var n) ? n : null;
}

using BlazorReader.Data;
using BlazorReader.Data.Writing;
using BlazorReader.Search;
using BlazorReader.Search.Following;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Changes;

// A new instance starts from another's index snapshot and replays only the log after it;
// a snapshot of another store is never restored.
public sealed class IndexSnapshotTests
{
    private static readonly Dictionary<string, string> ShortLease = new() { ["Related:LeaseFor"] = "00:00:02" };
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_instance_restores_a_running_instances_snapshot_and_replays_only_what_came_after()
    {
        var folder = ReaderAppFactory.NewDataDirectory();
        var snapshot = Path.Combine(Path.GetTempPath(), "br-snapshot-" + Guid.NewGuid().ToString("N"));
        var database = $"Data Source={Path.Combine(folder, "blazorreader.db")};Default Timeout=30";
        // A short lease: the first instance, which wrote the lists, stops following and stays up,
        // and the second takes the lease over once it runs out.
        await using (var first = new ReaderAppFactory(folder, followChanges: false, settings: ShortLease))
        {
            await first.FollowChangesAsync(Ct);
            var articles = await first.CountArticlesAsync();
            Assert.True(articles > 0);
            IndexSnapshot.Manifest taken;
            await using (var db = await Contexts(first).CreateDbContextAsync(Ct))
            {
                // The first instance is running: its index is open and its writer holds the lock.
                taken = await IndexSnapshot.TakeAsync(db, folder, snapshot, Ct);
                Assert.Equal(await db.ChangeLog.MaxAsync(c => c.Sequence, Ct), taken.Position);
            }
            Assert.Equal(articles, taken.Articles);
            var deleted = await first.Services.GetRequiredService<ArticleChanges>().DeleteAsync(
                await FirstArticleIdAsync(first), "editor@example.org", Ct);
            Assert.True(deleted);

            // The store is empty now: an instance with seeds would import them again.
            var otherFolder = ReaderAppFactory.NewDataDirectory();
            var noSeeds = Directory.CreateDirectory(Path.Combine(otherFolder, "no-seeds")).FullName;
            await using (var second = new ReaderAppFactory(otherFolder, followChanges: false, connectionString: database,
                settings: new Dictionary<string, string>(ShortLease) { ["Index:Snapshot"] = snapshot, ["Seeds:Directory"] = noSeeds }))
            {
                var index = second.Services.GetRequiredService<ArticleIndex>();
                Assert.Equal(articles, index.Count);
                await using (var db = await Contexts(second).CreateDbContextAsync(Ct))
                {
                    Assert.Equal(taken.Position, await second.Services.GetRequiredService<StoreIndexer>().AppliedUpToAsync(db, Ct));
                }
                await second.FollowChangesAsync(Ct);
                Assert.Equal(articles - 1, index.Count);
            }
            ReaderAppFactory.DeleteFolder(otherFolder);
        }
        ReaderAppFactory.DeleteFolder(folder);
        Directory.Delete(snapshot, recursive: true);
    }

    [Fact]
    public async Task A_snapshot_of_another_store_is_not_restored_and_says_why()
    {
        var folder = ReaderAppFactory.NewDataDirectory();
        var snapshot = Path.Combine(Path.GetTempPath(), "br-snapshot-" + Guid.NewGuid().ToString("N"));
        await using (var first = new ReaderAppFactory(folder, followChanges: false))
        {
            await first.FollowChangesAsync(Ct);
            // A second store whose log numbers mean other changes: one change more than the first.
            await first.Services.GetRequiredService<ArticleChanges>().DeleteAsync(await FirstArticleIdAsync(first), null, Ct);
            await using var db = await Contexts(first).CreateDbContextAsync(Ct);
            await IndexSnapshot.TakeAsync(db, folder, snapshot, Ct);
        }
        var otherFolder = ReaderAppFactory.NewDataDirectory();
        await using (var other = new ReaderAppFactory(otherFolder, followChanges: false))
        {
            await using var db = await Contexts(other).CreateDbContextAsync(Ct);
            var refused = IndexSnapshot.Restore(db, snapshot, otherFolder);
            Assert.NotNull(refused);
            Assert.Contains("another store", refused, StringComparison.Ordinal);
            Assert.False(IndexSnapshot.HoldsDocuments(Path.Combine(otherFolder, StoreIndexer.FolderName)));
        }
        ReaderAppFactory.DeleteFolder(folder);
        ReaderAppFactory.DeleteFolder(otherFolder);
        Directory.Delete(snapshot, recursive: true);
    }

    [Fact]
    public async Task A_snapshot_is_not_written_over_a_folder_that_holds_files()
    {
        var folder = ReaderAppFactory.NewDataDirectory();
        var target = Directory.CreateTempSubdirectory("br-snapshot-").FullName;
        await File.WriteAllTextAsync(Path.Combine(target, "keep.txt"), "kept", Ct);
        await using (var app = new ReaderAppFactory(folder, followChanges: false))
        {
            await using var db = await Contexts(app).CreateDbContextAsync(Ct);
            await Assert.ThrowsAsync<IOException>(() => IndexSnapshot.TakeAsync(db, folder, target, Ct));
        }
        Assert.Equal("kept", await File.ReadAllTextAsync(Path.Combine(target, "keep.txt"), Ct));
        ReaderAppFactory.DeleteFolder(folder);
        Directory.Delete(target, recursive: true);
    }

    private static IDbContextFactory<ReaderDbContext> Contexts(ReaderAppFactory app) =>
        app.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();

    private static async Task<int> FirstArticleIdAsync(ReaderAppFactory app)
    {
        await using var db = await Contexts(app).CreateDbContextAsync(Ct);
        return await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Ct);
    }
}

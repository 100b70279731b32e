using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Curation;

// A fresh store holding the seed and one corpus article per newspaper, as today's cleaner
// imported them; tests rewrite some as an older cleaner left them (OlderCleaning).
internal sealed class RecleanStore : IAsyncDisposable
{
    private RecleanStore(TestStore store, List<int> trimmed, int seed)
    {
        Store = store;
        Trimmed = trimmed;
        Seed = seed;
    }

    public TestStore Store { get; }

    // The articles today's cleaner removed lines from (all but one): rewritten as an older
    // cleaner that removed nothing, they are sure to come out differently.
    public IReadOnlyList<int> Trimmed { get; }

    // The customer's seed: five teasers pasted below the story, a copyright line, a flattened tweet.
    public int Seed { get; }

    public static async Task<RecleanStore> CreateAsync(CancellationToken ct)
    {
        var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync([
            .. ArticleSourceReader.Read(Path.Combine(AppContext.BaseDirectory, "seeds")),
            .. ArticleSourceReader.Read(Path.Combine(AppContext.BaseDirectory, "corpus"))], ArticleStatus.Published, ct: ct);
        await using var db = store.Open();
        return new RecleanStore(store, await db.Articles.Where(a => a.RemovedFragments.Any()).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct),
            await db.Articles.Where(a => a.Origin!.Contains("seeds")).Select(a => a.Id).SingleAsync(ct));
    }

    public RecleanRun Run(int batchSize = 200, IDbContextFactory<ReaderDbContext>? contexts = null) =>
        new(new RecleanPlanner(contexts ?? Store.Contexts, new ArticleCleaner()),
            new ArticleChanges(contexts ?? Store.Contexts, TimeProvider.System, new ArticleCleaner())) { BatchSize = batchSize };

    // Each article's cleaner version and row version.
    public async Task<Dictionary<int, (int CleanerVersion, Guid Version)>> StampsAsync(CancellationToken ct)
    {
        await using var db = Store.Open();
        return await db.Articles.ToDictionaryAsync(a => a.Id, a => (a.CleanerVersion, a.Version), ct);
    }

    // Every row a run could write, as stored.
    public async Task<List<string>> RowsAsync() =>
    [
        .. await StoredRows.ReadAsync<Data.Articles.Article>(Store, "Id"),
        .. await StoredRows.ReadAsync<Data.Articles.RemovedFragmentRecord>(Store, "Id"),
        .. await StoredRows.ReadAsync<Data.Articles.ArticleTeaser>(Store, "Id"),
        .. await StoredRows.ReadAsync<ArticleRevision>(Store, "Id"),
        .. await StoredRows.ReadAsync<Data.ChangeLog.ChangeLogEntry>(Store, "Sequence"),
        .. await StoredRows.ReadAsync<AuditEntry>(Store, "Id"),
    ];

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}

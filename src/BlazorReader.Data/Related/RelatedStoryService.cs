using BlazorReader.Core.Articles;
using BlazorReader.Core.Related;
using BlazorReader.Data.Stories;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Related;

// Computes related lists at write time and stores them, so a page only reads them. Holds a
// RelatedIndex of every article in memory; a change adds, replaces or removes the changed
// articles in it and recomputes their lists and the lists that may now show them or no
// longer may. The first change after start-up (or after ReleaseAsync) reads every article.
public sealed class RelatedStoryService(IDbContextFactory<ReaderDbContext> contexts) : IDisposable
{
    // Where an instance records the last change-log entry its stored lists reflect (in its
    // data folder): the app's follower, `cli related` and index snapshots read and write it.
    public const string PositionFile = "related-applied-sequence.txt";

    private const int WriteChunk = 1000;
    // Only what decides later work is kept per article: the index holds the text's analysis,
    // and a copy of every title and body here would outweigh it.
    private readonly record struct IndexedState(ArticleStatus Status, ulong TextHash);

    private Dictionary<int, IndexedState> indexed = [];
    private readonly SemaphoreSlim gate = new(1, 1);
    // Refreshes wait for one another: each reads the store outside the gate.
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private RelatedIndex? index;
    // Set while a refresh reads every article into a new index: the changes applied to the
    // old one meanwhile, to be applied to the new one too.
    private HashSet<int>? changedWhileReading;

    public int Count => indexed.Count;

    public bool IsLoaded => index is not null;

    // What the list rules know of an article (its text key, cluster, source), for checks
    // and benchmarks; null before loading or for an unknown id.
    public RelatedArticleFacts? Facts(int id) => index?.Facts(id);

    // Frees the in-memory index (most of what the service holds); the next change reads every
    // article again. For an instance that mostly serves pages and sees changes rarely.
    public async Task ReleaseAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            index = null;
            indexed.Clear();
            indexed.TrimExcess();
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task RecomputeAsync(IReadOnlyCollection<int> changed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changed);
        await gate.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var current = await IndexedArticles.ReadAsync(db, changed, ct);
            if (index is null)
            {
                await BuildIndexAsync(db, ct);
            }
            changedWhileReading?.UnionWith(changed);
            var affected = new HashSet<int>();
            foreach (var id in changed)
            {
                affected.UnionWith(current.TryGetValue(id, out var article) ? Apply(article) : Forget(id));
            }
            // Stories first: the lists leave out the article's own story and repeat no other.
            var regrouped = await StoryAssigner.AssignAsync(db, index!.SameStory, [.. affected.Union(changed)], Now, ct);
            affected.UnionWith(regrouped);
            // Lists that show a changed article may have to drop it (now a draft, deleted, or of
            // the list's own story), and those that show a regrouped one may now hold two of its story.
            var shown = changed.Union(regrouped).ToList();
            affected.UnionWith(await db.RelatedLinks.Where(l => shown.Contains(l.RelatedArticleId)).Select(l => l.ArticleId).ToListAsync(ct));
            affected.IntersectWith(indexed.Keys);
            var inputs = await RelatedListStore.ReadInputsAsync(db, affected, ct);
            var lists = affected.AsParallel().Select(id => (Id: id, List: ListFor(id, inputs))).ToDictionary(l => l.Id, l => l.List);
            await RelatedListStore.ReplaceAsync(db, await StoryGuard.ApplyAsync(db, lists, all: false, ct), ct);
            var gone = changed.Where(id => !indexed.ContainsKey(id)).ToList();
            await db.RelatedLinks.Where(l => gone.Contains(l.ArticleId)).ExecuteDeleteAsync(ct);
        }
        finally
        {
            gate.Release();
        }
    }

    // Stories are assigned first (storiesProgress hears when, with the articles grouped), then lists.
    public async Task<int> RebuildAllAsync(IProgress<int>? progress, CancellationToken ct, IProgress<int>? storiesProgress = null)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await BuildIndexAsync(db, ct);
            await StoryAssigner.AssignAsync(db, index!.SameStory, null, Now, ct);
            storiesProgress?.Report(index.SameStory.Count);
            return await WriteAllAsync(db, await AllListsAsync(db, ct), progress, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    // Lists follow changes, but a change leaves counts behind: same-story links are decided
    // when an article arrives, with the word and shingle counts of that moment, edits and
    // deletions never take their counts back, and every new article moves the counts under
    // lists it did not touch. So a long run of changes leaves lists unlike a rebuild's. Reads
    // every article into a new index (changes go on into the old one meanwhile and are applied
    // to the new one after), regroups every story, recomputes every list, and writes those that
    // differ (how many); nothing when the index is not loaded.
    public async Task<int> RefreshAsync(CancellationToken ct)
    {
        await refreshing.WaitAsync(ct);
        try
        {
            return await ReadAgainAndRefreshAsync(ct);
        }
        finally
        {
            refreshing.Release();
        }
    }

    private async Task<int> ReadAgainAndRefreshAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (index is null)
            {
                return 0;
            }
            changedWhileReading = [];
        }
        finally
        {
            gate.Release();
        }

        try
        {
            (Dictionary<int, IndexedState> Indexed, RelatedIndex Index) fresh;
            await using (var reading = await contexts.CreateDbContextAsync(ct))
            {
                fresh = await ReadIndexAsync(reading, ct);
            }
            await gate.WaitAsync(ct);
            try
            {
                var missed = changedWhileReading;
                changedWhileReading = null;
                (indexed, index) = fresh;
                await using var db = await contexts.CreateDbContextAsync(ct);
                var current = await IndexedArticles.ReadAsync(db, missed, ct);
                foreach (var id in missed)
                {
                    _ = current.TryGetValue(id, out var article) ? Apply(article) : Forget(id);
                }
                await StoryAssigner.AssignAsync(db, index.SameStory, null, Now, ct);
                var lists = await AllListsAsync(db, ct);
                var shown = await RelatedListStore.ReadShownAsync(db, ct);
                return await WriteAllAsync(db, [.. lists.Where(l => !RelatedListStore.Shows(l.List, shown.GetValueOrDefault(l.Id)))], null, ct);
            }
            finally
            {
                gate.Release();
            }
        }
        finally
        {
            // A failed read leaves the old index in place.
            changedWhileReading = null;
        }
    }

    // Lists only read the index, so every core computes them; the store takes them in order.
    private async Task<List<(int Id, IReadOnlyList<RelatedItem> List)>> AllListsAsync(ReaderDbContext db, CancellationToken ct)
    {
        var inputs = await RelatedListStore.ReadInputsAsync(db, null, ct);
        var storyOf = await StoryGuard.StoriesOfAsync(db, null, ct);
        return indexed.Keys.Order().AsParallel().AsOrdered()
            .Select(id => (Id: id, List: StoryGuard.Apply(id, ListFor(id, inputs), storyOf))).ToList();
    }

    // Replaced a chunk at a time, so pages keep showing the old lists until the new are written
    // (a running app rebuilds when far behind the change log).
    private async Task<int> WriteAllAsync(ReaderDbContext db, List<(int Id, IReadOnlyList<RelatedItem> List)> lists, IProgress<int>? progress, CancellationToken ct)
    {
        var all = indexed.Keys.ToList();
        await db.RelatedLinks.Where(l => !all.Contains(l.ArticleId)).ExecuteDeleteAsync(ct);
        var done = 0;
        foreach (var chunk in lists.Chunk(WriteChunk))
        {
            await RelatedListStore.ReplaceAsync(db, chunk.ToDictionary(l => l.Id, l => l.List), ct);
            done += chunk.Length;
            progress?.Report(done);
        }
        return done;
    }

    // The article's own list, and those its new state may enter or leave: a new text is
    // added, an edited one replaces the old in place, a status change only moves lists.
    private IEnumerable<int> Apply(IndexedArticle article)
    {
        var id = article.Document.Id;
        var edited = indexed.TryGetValue(id, out var old) && old.TextHash != article.TextHash;
        indexed[id] = new IndexedState(article.Status, article.TextHash);
        var touched = !index!.Contains(id) ? index.Add(article.Document)
            : edited ? index.Replace(article.Document)
            : index.ListsThatMayHold(id);
        return touched.Append(id);
    }

    // Deleted: out of the index, so its story and text keys close up behind it.
    private IReadOnlyList<int> Forget(int id)
    {
        indexed.Remove(id);
        return index!.Remove(id);
    }

    private IReadOnlyList<RelatedItem> ListFor(int id, Dictionary<int, RelatedListStore.EditorialInputs> inputs)
    {
        var editorial = inputs.GetValueOrDefault(id, RelatedListStore.EditorialInputs.None);
        return index!.ListFor(id, editorial.Pins, editorial.Hidden, editorial.Teasers);
    }

    private async Task BuildIndexAsync(ReaderDbContext db, CancellationToken ct)
    {
        indexed.Clear();
        index = null;
        (indexed, index) = await ReadIndexAsync(db, ct);
    }

    // Page by page: the index keeps each text's analysis, never the texts themselves. Whether
    // an article is public is read from the service's current states, which this one becomes.
    private async Task<(Dictionary<int, IndexedState> Indexed, RelatedIndex Index)> ReadIndexAsync(ReaderDbContext db, CancellationToken ct)
    {
        var states = new Dictionary<int, IndexedState>();
        var builder = new RelatedIndexBuilder(isPublic: IsPublic);
        await foreach (var page in IndexedArticles.ReadPagesAsync(db, ct))
        {
            page.ForEach(a => states[a.Document.Id] = new IndexedState(a.Status, a.TextHash));
            builder.AddPage([.. page.Select(a => a.Document)]);
        }
        return (states, builder.Build());
    }

    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    private bool IsPublic(int id) => indexed.TryGetValue(id, out var a) && a.Status == ArticleStatus.Published;

    public void Dispose()
    {
        gate.Dispose();
        refreshing.Dispose();
    }
}

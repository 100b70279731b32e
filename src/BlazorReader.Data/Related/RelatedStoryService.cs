using BlazorReader.Core.Articles;
using BlazorReader.Core.Related;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Related;

// Computes related lists at write time and stores them, so a page only reads them. Holds a
// RelatedIndex of every article in memory; a change adds the new articles to it and
// recomputes their lists and the lists that may now show them or no longer may.
public sealed class RelatedStoryService(IDbContextFactory<ReaderDbContext> contexts)
{
    private const int WriteChunk = 1000;
    private readonly Dictionary<int, IndexedArticle> indexed = [];
    private readonly SemaphoreSlim gate = new(1, 1);
    private RelatedIndex? index;

    public int Count => indexed.Count;

    // What the list rules know of an article (its text key, cluster, source), for checks
    // and benchmarks; null before loading or for an unknown id.
    public RelatedArticleFacts? Facts(int id) => index?.Facts(id);

    public async Task LoadAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            BuildIndex(await IndexedArticles.ReadAllAsync(db, ct));
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
            // An edited text cannot be taken out of the MinHash and topical indexes, so the
            // index is rebuilt from the store; new articles and status changes are incremental.
            if (index is null || current.Values.Any(a => indexed.TryGetValue(a.Document.Id, out var old) && old.TextHash != a.TextHash))
            {
                BuildIndex(await IndexedArticles.ReadAllAsync(db, ct));
            }
            var affected = new HashSet<int>();
            foreach (var id in changed)
            {
                if (!current.TryGetValue(id, out var article))
                {
                    indexed.Remove(id); // deleted: no longer public, so the lists showing it drop it
                    continue;
                }
                indexed[id] = article;
                affected.Add(id);
                affected.UnionWith(index!.Contains(id) ? index.ListsThatMayHold(id) : index.Add(article.Document));
            }
            // Lists that show a changed article may have to drop it (now a draft, or deleted).
            affected.UnionWith(await db.RelatedLinks.Where(l => changed.Contains(l.RelatedArticleId)).Select(l => l.ArticleId).ToListAsync(ct));
            affected.IntersectWith(indexed.Keys);
            var inputs = await RelatedListStore.ReadInputsAsync(db, affected, ct);
            var lists = affected.AsParallel().Select(id => (Id: id, List: ListFor(id, inputs))).ToDictionary(l => l.Id, l => l.List);
            await RelatedListStore.ReplaceAsync(db, lists, ct);
            var gone = changed.Where(id => !indexed.ContainsKey(id)).ToList();
            await db.RelatedLinks.Where(l => gone.Contains(l.ArticleId)).ExecuteDeleteAsync(ct);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<int> RebuildAllAsync(IProgress<int>? progress, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            BuildIndex(await IndexedArticles.ReadAllAsync(db, ct));
            var inputs = await RelatedListStore.ReadInputsAsync(db, null, ct);
            // Lists only read the index, so every core computes them; the store takes them in order.
            var lists = indexed.Keys.Order().AsParallel().AsOrdered().Select(id => (Id: id, List: ListFor(id, inputs))).ToList();
            await db.RelatedLinks.ExecuteDeleteAsync(ct);
            var done = 0;
            foreach (var chunk in lists.Chunk(WriteChunk))
            {
                await RelatedListStore.AddAsync(db, chunk.ToDictionary(l => l.Id, l => l.List), ct);
                done += chunk.Length;
                progress?.Report(done);
            }
            return done;
        }
        finally
        {
            gate.Release();
        }
    }

    private IReadOnlyList<RelatedItem> ListFor(int id, Dictionary<int, RelatedListStore.EditorialInputs> inputs)
    {
        var editorial = inputs.GetValueOrDefault(id, RelatedListStore.EditorialInputs.None);
        return index!.ListFor(id, editorial.Pins, editorial.Hidden, editorial.Teasers);
    }

    private void BuildIndex(List<IndexedArticle> articles)
    {
        indexed.Clear();
        articles.ForEach(a => indexed[a.Document.Id] = a);
        index = RelatedIndex.Build([.. articles.Select(a => a.Document)], isPublic: IsPublic);
    }

    private bool IsPublic(int id) => indexed.TryGetValue(id, out var a) && a.Status == ArticleStatus.Published;
}

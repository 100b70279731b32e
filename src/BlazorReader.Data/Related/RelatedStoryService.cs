using BlazorReader.Core.Articles;
using BlazorReader.Core.Related;
using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Related;

// Computes related lists at write time and stores them, so a page only reads them. Holds the
// same-story and topical indexes of every article in memory; a change updates the changed
// articles and recomputes their lists and the lists of the stories they are related to.
public sealed class RelatedStoryService(IDbContextFactory<ReaderDbContext> contexts)
{
    private const int Neighbours = 20;
    private readonly SameStoryIndex sameStory = new();
    private readonly TopicalIndex topical = new();
    private readonly Dictionary<int, (ArticleStatus Status, string? Source)> meta = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    public int Count => meta.Count;

    public async Task LoadAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lastId = 0;
        while (true)
        {
            var page = await db.Articles.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(2000).ToListAsync(ct);
            if (page.Count == 0)
            {
                return;
            }
            page.ForEach(Index);
            lastId = page[^1].Id;
        }
    }

    public async Task RecomputeAsync(IReadOnlyCollection<int> changed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changed);
        await gate.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var articles = await db.Articles.AsNoTracking().Where(a => changed.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
            var affected = new HashSet<int>();
            foreach (var id in changed)
            {
                if (articles.TryGetValue(id, out var article))
                {
                    Index(article);
                    affected.Add(id);
                    affected.UnionWith(sameStory.Twins(id).Select(t => t.Id));
                    affected.UnionWith(topical.Neighbours(id, 5).Select(t => t.Id));
                }
                else
                {
                    sameStory.Remove(id);
                    topical.Remove(id);
                    meta.Remove(id);
                }
            }
            await WriteListsAsync(db, affected, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<int> RebuildAllAsync(IProgress<int>? progress, CancellationToken ct)
    {
        await LoadAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.RelatedLinks.ExecuteDeleteAsync(ct);
        var done = 0;
        foreach (var chunk in meta.Keys.Order().Chunk(1000))
        {
            await WriteListsAsync(db, chunk, ct);
            done += chunk.Length;
            progress?.Report(done);
        }
        return done;
    }

    private async Task WriteListsAsync(ReaderDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var list = ids.ToList();
        var overrides = (await db.RelatedOverrides.AsNoTracking().Where(o => list.Contains(o.ArticleId)).ToListAsync(ct)).ToLookup(o => o.ArticleId);
        var teasers = (await db.Teasers.AsNoTracking().Where(t => list.Contains(t.ArticleId) && t.LinkedArticleId != null)
            .OrderBy(t => t.Position).ToListAsync(ct)).ToLookup(t => t.ArticleId);
        await db.RelatedLinks.Where(l => list.Contains(l.ArticleId)).ExecuteDeleteAsync(ct);
        foreach (var id in list.Where(meta.ContainsKey))
        {
            var items = new RelatedListBuilder
            {
                ArticleId = id,
                Pins = [.. overrides[id].Where(o => !o.Hidden).OrderBy(o => o.Position).Select(o => o.OtherArticleId)],
                Hidden = overrides[id].Where(o => o.Hidden).Select(o => o.OtherArticleId).ToHashSet(),
                TeaserTargets = [.. teasers[id].Select(t => t.LinkedArticleId!.Value)],
                Topical = topical.Neighbours(id, Neighbours),
                IsPublic = other => meta.TryGetValue(other, out var m) && m.Status == ArticleStatus.Published,
                SourceOf = other => meta.TryGetValue(other, out var m) ? m.Source : null,
                TwinsOf = sameStory.Twins,
            }.Build();
            db.RelatedLinks.AddRange(items.Select((item, position) => new RelatedLink
            {
                ArticleId = id, RelatedArticleId = item.ArticleId, Kind = (RelatedLinkKind)item.Kind, Score = item.Score, Position = position,
            }));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private void Index(Article a)
    {
        var doc = new StoryDocument(a.Id, a.Title, string.Join("\n", a.Blocks.Select(b => b.Text)), a.Source, a.SortDate);
        sameStory.Add(doc);
        topical.Add(doc);
        meta[a.Id] = (a.Status, a.Source);
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record CountOf<T>(T Key, int Count);

public sealed record FlaggedArticle(int Id, string Title, ArticleStatus Status, bool TitleDerived, bool DateInferred, int Removed, int UnresolvedTeasers);

public sealed record DashboardFigures(
    IReadOnlyList<CountOf<ArticleStatus>> ByStatus,
    IReadOnlyList<CountOf<string>> BySource,
    IReadOnlyList<ImportRun> RecentImports,
    IReadOnlyList<FlaggedArticle> Flagged,
    int FlaggedTotal);

// What an editor checks first: how much there is, what the last imports did, and which
// articles the cleaner was least sure about.
public sealed class DashboardQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    // More removals than this usually means chrome the cleaner learned late, or body lost.
    public const int ManyRemovals = 8;

    public async Task<DashboardFigures> LoadAsync(int flaggedCount = 50, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var byStatus = await db.Articles.GroupBy(a => a.Status).Select(g => new CountOf<ArticleStatus>(g.Key, g.Count())).ToListAsync(ct);
        var bySource = (await db.Articles.GroupBy(a => a.Source ?? "").Select(g => new CountOf<string>(g.Key, g.Count())).ToListAsync(ct))
            .OrderByDescending(c => c.Count).ToList();
        var imports = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(10).ToListAsync(ct);
        var flagged = db.Articles.Select(a => new
        {
            a.Id, a.Title, a.Status, a.TitleDerived, a.PublishedAtInferred, a.UpdatedAt,
            Removed = db.RemovedFragments.Count(f => f.ArticleId == a.Id),
            Unresolved = db.Teasers.Count(t => t.ArticleId == a.Id && t.LinkedArticleId == null),
        }).Where(a => a.TitleDerived || a.PublishedAtInferred || a.Removed >= ManyRemovals || a.Unresolved > 0);
        var total = await flagged.CountAsync(ct);
        var page = await flagged.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).Take(flaggedCount)
            .Select(a => new FlaggedArticle(a.Id, a.Title, a.Status, a.TitleDerived, a.PublishedAtInferred, a.Removed, a.Unresolved))
            .ToListAsync(ct);
        return new DashboardFigures(byStatus, bySource, imports, page, total);
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record CountOf<T>(T Key, int Count);

// Why an article needs a look. Doubts: the lines the cleaner kept without being sure.
// RecleanSkippedVersion: the cleaner version `reclean` left it at the older one for, because a
// person had changed its text (ChangedByHand) or, if not, because that cleaner left nothing of it
// or failed on it.
public sealed record FlaggedArticle(int Id, string Title, ArticleStatus Status, bool TitleDerived, bool DateInferred, int Removed,
    int UnresolvedTeasers, IReadOnlyList<string> Doubts, int? RecleanSkippedVersion, bool ChangedByHand);

public sealed record DashboardFigures(
    IReadOnlyList<CountOf<ArticleStatus>> ByStatus,
    IReadOnlyList<CountOf<string>> BySource,
    IReadOnlyList<ImportRun> RecentImports,
    IReadOnlyList<FlaggedArticle> Flagged,
    int FlaggedTotal,
    IReadOnlyList<CountOf<CleaningState>> Cleaning);

// What an editor checks first: how much there is, what the last imports did, where the
// cleaning stands after a new cleaner, and which articles the cleaner was least sure about.
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
        var cleaning = new List<CountOf<CleaningState>>();
        foreach (var state in Enum.GetValues<CleaningState>())
        {
            cleaning.Add(new(state, await db.Articles.In(db, state).CountAsync(ct)));
        }
        var imports = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(10).ToListAsync(ct);
        var flagged = db.Articles.Select(a => new
        {
            a.Id, a.Title, a.Status, a.TitleDerived, a.PublishedAtInferred, a.UpdatedAt, a.CleaningDoubts, a.RecleanSkippedVersion,
            Removed = db.RemovedFragments.Count(f => f.ArticleId == a.Id),
            Unresolved = db.Teasers.Count(t => t.ArticleId == a.Id && t.LinkedArticleId == null),
        }).Where(a => a.TitleDerived || a.PublishedAtInferred || a.Removed >= ManyRemovals || a.Unresolved > 0
            || a.CleaningDoubts != null || a.RecleanSkippedVersion != null);
        var total = await flagged.CountAsync(ct);
        var handEdits = ArticleRevision.StandingHandEdits(db.Revisions);
        // What `reclean` left for an editor comes first: it waits for a decision, and nothing
        // else brings it back up (holding it does not touch the article).
        var page = await flagged.OrderByDescending(a => a.RecleanSkippedVersion != null).ThenByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Take(flaggedCount)
            .Select(a => new
            {
                Row = a,
                ChangedByHand = a.RecleanSkippedVersion != null && handEdits.Any(r => r.ArticleId == a.Id),
            })
            .ToListAsync(ct);
        return new DashboardFigures(byStatus, bySource, imports, [.. page.Select(p => new FlaggedArticle(p.Row.Id, p.Row.Title, p.Row.Status,
            p.Row.TitleDerived, p.Row.PublishedAtInferred, p.Row.Removed, p.Row.Unresolved, p.Row.CleaningDoubts?.Split('\n') ?? [],
            p.Row.RecleanSkippedVersion, p.ChangedByHand))], total, cleaning);
    }
}

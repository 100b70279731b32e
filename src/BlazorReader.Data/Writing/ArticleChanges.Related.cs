using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Writing;

public enum RelatedChange
{
    Pin,
    Hide,
    // Unpin or unhide: the story goes back to whatever the computed list makes of it.
    Release,
    MoveUp,
    MoveDown,
}

// An editor's pins (in order) and hides for one article's related list. No revision and no
// new version (the article's own fields stay); the change-log entry makes its stored list,
// and the public page, follow within seconds.
public sealed partial class ArticleChanges
{
    public async Task<bool> CurateRelatedAsync(int articleId, int otherId, RelatedChange change, string? userName, CancellationToken ct = default)
    {
        if (articleId == otherId)
        {
            return false;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Articles.CountAsync(a => a.Id == articleId || a.Id == otherId, ct) != 2)
        {
            return false;
        }
        var overrides = await db.RelatedOverrides.Where(o => o.ArticleId == articleId).ToListAsync(ct);
        var detail = Curate(db, change, articleId, otherId, overrides);
        Append(db, articleId, ChangeKind.Updated, clock.GetUtcNow().UtcDateTime);
        AuditTrail.Add(db, clock, userName, AuditActions.RelatedChanged, $"#{articleId}: {detail}", articleId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    // Changes the article's overrides; says what it did, for the audit line.
    private static string Curate(ReaderDbContext db, RelatedChange change, int articleId, int otherId, List<RelatedOverride> overrides)
    {
        var existing = overrides.FirstOrDefault(o => o.OtherArticleId == otherId);
        var pins = overrides.Where(o => !o.Hidden).OrderBy(o => o.Position).ToList();
        RelatedOverride Own() => existing ?? db.RelatedOverrides.Add(new RelatedOverride { ArticleId = articleId, OtherArticleId = otherId }).Entity;
        switch (change)
        {
            case RelatedChange.Pin:
                var pinned = Own();
                (pinned.Hidden, pinned.Position) = (false, pins.Count == 0 ? 0 : pins.Max(p => p.Position) + 1);
                return $"pinned #{otherId}";
            case RelatedChange.Hide:
                var hidden = Own();
                (hidden.Hidden, hidden.Position) = (true, 0);
                return $"hid #{otherId}";
            case RelatedChange.Release:
                if (existing is not null)
                {
                    db.RelatedOverrides.Remove(existing);
                }
                return $"released #{otherId}";
            default:
                var up = change == RelatedChange.MoveUp;
                MovePin(pins, existing, up ? -1 : 1);
                return $"moved #{otherId} {(up ? "up" : "down")}";
        }
    }

    // One place up (-1) or down (+1), by swapping with the neighbour.
    private static void MovePin(List<RelatedOverride> ordered, RelatedOverride? pin, int step)
    {
        var at = pin is null ? -1 : ordered.IndexOf(pin);
        var to = at + step;
        if (at < 0 || to < 0 || to >= ordered.Count)
        {
            return;
        }
        (ordered[at], ordered[to]) = (ordered[to], ordered[at]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i;
        }
    }
}

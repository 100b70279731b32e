using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Curation;

// An article's revisions, newest first, for the history page and its diffs.
public static class RevisionHistory
{
    public static async Task<IReadOnlyList<ArticleRevision>> OfAsync(ReaderDbContext db, int articleId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Revisions.AsNoTracking().Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Number).ToListAsync(ct);
    }
}

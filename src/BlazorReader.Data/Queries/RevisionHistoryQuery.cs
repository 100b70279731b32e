using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// An article's revisions, newest first, for the history page and its diffs.
public sealed class RevisionHistoryQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<IReadOnlyList<ArticleRevision>> OfAsync(int articleId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Revisions.AsNoTracking().Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Number).ToListAsync(ct);
    }
}

using BlazorReader.Data.Stories;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record StoryWithArticles(Story Story, IReadOnlyList<CoverageItem> Articles);

// A story and its published articles, oldest first, for the stories API.
public sealed class StoryMembersQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<StoryWithArticles?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } story)
        {
            return null;
        }
        var articles = await db.Articles.AsNoTracking().Published()
            .Where(a => a.StoryId == id)
            .OrderBy(a => a.SortDate).ThenBy(a => a.Id)
            .Select(a => new CoverageItem(a.Id, a.Title, a.Slug, a.SourceUrl, a.Source, a.PublishedAt, a.SortDate))
            .ToListAsync(ct);
        return new StoryWithArticles(story, articles);
    }
}

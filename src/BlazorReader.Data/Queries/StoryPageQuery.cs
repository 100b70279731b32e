using BlazorReader.Data.Stories;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record StoryMember(int Id, string Slug, string Title, string TitleKey, string? Source, DateTime SortDate, string Lead);

// Members are the story's published articles, earliest first.
public sealed record PublishedStory(Story Story, IReadOnlyList<StoryMember> Members);

// A story and what readers may see of it: a story whose every article is a draft or hidden
// is no page at all (null), as an unpublished article is none.
public sealed class StoryPageQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<PublishedStory?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var story = await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (story is null)
        {
            return null;
        }
        // The (StoryId, SortDate) index serves this read in order.
        var members = await db.Articles.AsNoTracking().Published().Where(a => a.StoryId == id)
            .OrderBy(a => a.SortDate).ThenBy(a => a.Id)
            .Select(a => new StoryMember(a.Id, a.Slug, a.Title, a.TitleKey, a.Source, a.SortDate, a.Lead))
            .ToListAsync(ct);
        return members.Count == 0 ? null : new PublishedStory(story, members);
    }
}

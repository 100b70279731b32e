using BlazorReader.Data.Stories;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record StoryMember(int Id, string Slug, string Title, string TitleKey, string? Source, DateTime SortDate, string Lead,
    string? SourceUrl = null, DateTime? PublishedAt = null, int? LeadMediaId = null);

// Members are the story's published articles, earliest first.
public sealed record PublishedStory(Story Story, IReadOnlyList<StoryMember> Members);

// A story and what readers may see of it, for its page, its feed and the stories API.
public sealed class StoryPageQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    // A story whose every article is a draft or hidden is no page at all (null), as an
    // unpublished article is none.
    public async Task<PublishedStory?> FindAsync(int id, CancellationToken ct = default) =>
        await ReadAsync(id, ct) is { Members.Count: > 0 } story ? story : null;

    // The story with its published articles, none when all are drafts; null when unknown.
    public async Task<PublishedStory?> ReadAsync(int id, CancellationToken ct = default)
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
            .Select(a => new StoryMember(a.Id, a.Slug, a.Title, a.TitleKey, a.Source, a.SortDate, a.Lead, a.SourceUrl, a.PublishedAt, a.LeadMediaId))
            .ToListAsync(ct);
        return new PublishedStory(story, members);
    }
}

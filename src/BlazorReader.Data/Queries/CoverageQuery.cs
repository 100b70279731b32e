using BlazorReader.Data.Stories;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record CoverageItem(int Id, string Title, string Slug, string? SourceUrl, string? Source, DateTime? PublishedAt, DateTime SortDate);

// The article's story and how other papers told it: one line per paper (its earliest telling),
// the earliest first; the article's own paper is the page itself.
public sealed record StoryCoverage(Story? Story, IReadOnlyList<CoverageItem> Items)
{
    public static StoryCoverage None { get; } = new(null, []);

    // A story told over more than one day has a timeline worth its own page.
    public bool SpansDays => Story is { } s && s.LastPublishedAt.Date > s.FirstPublishedAt.Date;
}

// Plain reads by StoryId, written at import or edit time: no similarity work on a page. A
// part of the article read, so it runs on the caller's context.
public static class CoverageQuery
{
    public static async Task<StoryCoverage> ForAsync(ReaderDbContext db, int articleId, int? storyId, string? source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (storyId is not { } id || await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } story)
        {
            return StoryCoverage.None;
        }
        var others = await db.Articles.AsNoTracking().Published()
            .Where(a => a.StoryId == id && a.Id != articleId && a.Source != source)
            .OrderBy(a => a.SortDate).ThenBy(a => a.Id)
            .Select(a => new CoverageItem(a.Id, a.Title, a.Slug, a.SourceUrl, a.Source, a.PublishedAt, a.SortDate))
            .ToListAsync(ct);
        return new StoryCoverage(story, [.. others.DistinctBy(a => a.Source ?? "")]);
    }
}

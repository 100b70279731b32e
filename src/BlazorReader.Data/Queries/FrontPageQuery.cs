using BlazorReader.Data.Stories;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// A story on the front page with the papers that tell it (source keys, earliest first) and
// its first published article, which stands for it where a link to one article is wanted.
public sealed record TopStory(Story Story, IReadOnlyList<string> Sources, int ArticleCount, StoryMember Lead, DateTime LastAt);

public sealed record PaperSection(string Source, IReadOnlyList<ArticleSummary> Items);

public sealed record FrontPage(IReadOnlyList<TopStory> TopStories, IReadOnlyList<ArticleSummary> Latest, bool HasMore,
    IReadOnlyList<PaperSection> Papers);

// The front page in a few indexed reads: the stories most papers told in the last days of the
// store's content (its newest article, not the clock: an archive's news is old news), the
// newest articles, and each paper's newest few.
public sealed class FrontPageQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(3);
    private const int Candidates = 24;

    public async Task<FrontPage> LoadAsync(int topCount, int latestCount, int perPaper, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var published = db.Articles.AsNoTracking().Published();
        var latestRows = await published.OrderByDescending(a => a.SortDate).ThenByDescending(a => a.Id).Take(latestCount + 1)
            .Select(a => new ArticleSummary(a.Id, a.Slug, a.Title, a.Source, a.PublishedAt, a.Lead, a.ReadingMinutes))
            .ToListAsync(ct);
        if (latestRows.Count == 0)
        {
            return new FrontPage([], [], false, []);
        }
        var newest = await published.MaxAsync(a => a.SortDate, ct);
        var top = await TopStoriesAsync(db, newest - Window, topCount, ct);
        var latest = latestRows.Take(latestCount).ToList();
        var papers = await PapersAsync(db, [.. latest.Select(a => a.Source), .. top.SelectMany(t => t.Sources)], perPaper, ct);
        return new FrontPage(top, latest, latestRows.Count > latestCount, papers);
    }

    private static async Task<IReadOnlyList<TopStory>> TopStoriesAsync(ReaderDbContext db, DateTime since, int count, CancellationToken ct)
    {
        // Stored counts rank the candidates (the Stories (LastPublishedAt, SourceCount) index);
        // the papers shown are those of the published members, so a hidden article counts for none.
        var stories = await db.Stories.AsNoTracking().Where(s => s.LastPublishedAt >= since)
            .OrderByDescending(s => s.SourceCount).ThenByDescending(s => s.LastPublishedAt).Take(Candidates).ToListAsync(ct);
        var ids = stories.Select(s => s.Id).ToList();
        var members = (await db.Articles.AsNoTracking().Published().Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value))
            .OrderBy(a => a.SortDate).ThenBy(a => a.Id)
            .Select(a => new { StoryId = a.StoryId!.Value, Member = new StoryMember(a.Id, a.Slug, a.Title, a.TitleKey, a.Source, a.SortDate, a.Lead) })
            .ToListAsync(ct))
            .ToLookup(m => m.StoryId, m => m.Member);
        return [.. stories.Where(s => members[s.Id].Any())
            .Select(s => new TopStory(s, [.. members[s.Id].Select(m => m.Source).OfType<string>().Distinct(StringComparer.Ordinal)],
                members[s.Id].Count(), members[s.Id].First(), members[s.Id].Last().SortDate))
            .OrderByDescending(t => t.Sources.Count).ThenByDescending(t => t.LastAt).ThenBy(t => t.Story.Id)
            .Take(count)];
    }

    // The registry's papers and any other paper on the page so far, each by its newest articles
    // (the Articles (Source, SortDate) index), the paper with the newest news first.
    private static async Task<IReadOnlyList<PaperSection>> PapersAsync(ReaderDbContext db, IEnumerable<string?> seen, int perPaper, CancellationToken ct)
    {
        var keys = (await db.Sources.AsNoTracking().Select(s => s.Key).ToListAsync(ct))
            .Concat(seen.OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        var sections = new List<PaperSection>();
        foreach (var key in keys)
        {
            var items = await db.Articles.AsNoTracking().Published().Where(a => a.Source == key)
                .OrderByDescending(a => a.SortDate).ThenByDescending(a => a.Id).Take(perPaper)
                .Select(a => new ArticleSummary(a.Id, a.Slug, a.Title, a.Source, a.PublishedAt, a.Lead, a.ReadingMinutes))
                .ToListAsync(ct);
            if (items.Count > 0)
            {
                sections.Add(new PaperSection(key, items));
            }
        }
        return [.. sections.OrderByDescending(s => s.Items[0].PublishedAt ?? DateTime.MinValue).ThenBy(s => s.Source, StringComparer.Ordinal)];
    }
}

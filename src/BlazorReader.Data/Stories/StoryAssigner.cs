using BlazorReader.Core.Articles;
using BlazorReader.Core.Related;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Stories;

// Writes stories from the same-story detector's clusters: which articles form one, each
// story's stored row (title, slug, dates, counts) and every member's StoryId. Incremental: given
// the articles a change touched, only their clusters, their former stories' members and the
// articles editors joined to them are regrouped. Story ids are kept stable (StoryIds).
public static class StoryAssigner
{
    // touched null regroups every article (a rebuild). Returns the articles whose StoryId changed
    // and every member, old or new, of a story that gained or lost one: their lists leave out
    // their own story's articles, so a newcomer to it must leave them too.
    public static async Task<HashSet<int>> AssignAsync(ReaderDbContext db, SameStoryDetector sameStory, IReadOnlyCollection<int>? touched,
        DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sameStory);
        var rules = new StoryRuleSet(await db.StoryRules.AsNoTracking().ToListAsync(ct));
        var candidates = touched is null
            ? await CandidatesAsync(db.Articles, ct)
            : await ClosureAsync(db, sameStory, rules, touched, ct);
        var groups = StoryGrouper.Group(candidates, sameStory.StoryMembers, rules);
        var oldIds = candidates.Values.Where(c => c.StoryId is not null).Select(c => c.StoryId!.Value).Distinct().ToList();
        var stored = touched is null
            ? await db.Stories.ToDictionaryAsync(s => s.Id, ct)
            : await db.Stories.Where(s => oldIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var assigned = StoryIds.Assign(groups, stored);
        foreach (var (group, story) in assigned)
        {
            if (story.Id == 0)
            {
                db.Stories.Add(story);
            }
            Describe(story, group, sameStory, now);
        }
        var kept = assigned.Select(a => a.Story).ToHashSet();
        db.Stories.RemoveRange(stored.Values.Where(s => !kept.Contains(s)));
        await db.SaveChangesAsync(ct);

        var changed = new HashSet<int>();
        // Once, not per story: a rebuild has every article as a candidate and thousands of stories.
        var membersBefore = candidates.Values.Where(c => c.StoryId is not null).ToLookup(c => c.StoryId!.Value, c => c.Id);
        foreach (var (group, story) in assigned)
        {
            var moved = group.Where(c => c.StoryId != story.Id).Select(c => c.Id).ToList();
            List<int> formerly = story.Id == 0 ? [] : [.. membersBefore[story.Id]];
            if (moved.Count > 0)
            {
                await db.Articles.Where(a => moved.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryId, story.Id), ct);
            }
            if (moved.Count > 0 || formerly.Count != group.Count)
            {
                changed.UnionWith(group.Select(c => c.Id).Concat(formerly));
            }
        }
        var gone = stored.Values.Where(s => !kept.Contains(s)).Select(s => s.Id).ToHashSet();
        changed.UnionWith(gone.SelectMany(id => membersBefore[id]));
        var inStory = assigned.SelectMany(a => a.Group).Select(c => c.Id).ToHashSet();
        var left = candidates.Values.Where(c => c.StoryId is not null && !inStory.Contains(c.Id)).Select(c => c.Id).ToList();
        if (left.Count > 0)
        {
            await db.Articles.Where(a => left.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryId, (int?)null), ct);
            changed.UnionWith(left);
        }
        // A story whose every member was deleted in one change has nobody left to regroup it.
        await db.Stories.Where(s => !db.Articles.Any(a => a.StoryId == s.Id)).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return changed;
    }

    private static void Describe(Story story, IReadOnlyList<StoryCandidate> group, SameStoryDetector sameStory, DateTime now)
    {
        var title = StoryTitle.Choose(group);
        var slug = Slug.From(story.EditorTitle ?? title);
        var first = group.Min(c => c.SortDate);
        var last = group.Max(c => c.SortDate);
        // A paper's copies of its own article are one telling.
        var articles = group.Select(c => sameStory.CopyOf(c.Id) ?? c.Id).Distinct().Count();
        var sources = group.Select(c => c.Source ?? "").Distinct(StringComparer.Ordinal).Count();
        if (story.Id != 0 && (story.Title, story.Slug, story.FirstPublishedAt, story.LastPublishedAt, story.ArticleCount, story.SourceCount)
            == (title, slug, first, last, articles, sources))
        {
            return;
        }
        (story.Title, story.Slug, story.FirstPublishedAt, story.LastPublishedAt) = (title, slug, first, last);
        (story.ArticleCount, story.SourceCount, story.UpdatedAt) = (articles, sources, now);
    }

    // The touched articles, their clusters, their stories' stored members and the articles
    // editors joined to any of them, until nothing new comes in.
    private static async Task<Dictionary<int, StoryCandidate>> ClosureAsync(ReaderDbContext db, SameStoryDetector sameStory, StoryRuleSet rules,
        IReadOnlyCollection<int> touched, CancellationToken ct)
    {
        var all = new Dictionary<int, StoryCandidate>();
        var seen = new HashSet<int>();
        var storiesSeen = new HashSet<int>();
        var pending = new HashSet<int>(touched);
        while (pending.Count > 0)
        {
            var wanted = new HashSet<int>();
            var queue = new Queue<int>(pending);
            while (queue.TryDequeue(out var id))
            {
                if (!seen.Add(id))
                {
                    continue;
                }
                wanted.Add(id);
                foreach (var other in sameStory.StoryMembers(id).Concat(rules.TogetherWith(id)))
                {
                    queue.Enqueue(other);
                }
            }
            var read = await CandidatesAsync(db.Articles.Where(a => wanted.Contains(a.Id)), ct);
            foreach (var (id, candidate) in read)
            {
                all[id] = candidate;
            }
            var newStories = read.Values.Where(c => c.StoryId is not null && storiesSeen.Add(c.StoryId.Value)).Select(c => c.StoryId!.Value).ToList();
            pending = newStories.Count == 0 ? [] :
                [.. (await db.Articles.Where(a => a.StoryId != null && newStories.Contains(a.StoryId.Value)).Select(a => a.Id).ToListAsync(ct)).Where(id => !seen.Contains(id))];
        }
        return all;
    }

    private static async Task<Dictionary<int, StoryCandidate>> CandidatesAsync(IQueryable<Articles.Article> articles, CancellationToken ct) =>
        await articles.AsNoTracking()
            .Select(a => new StoryCandidate(a.Id, a.Title, a.Source, a.SortDate, a.StoryId, a.Status == ArticleStatus.Published))
            .ToDictionaryAsync(c => c.Id, ct);
}

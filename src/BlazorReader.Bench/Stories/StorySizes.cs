using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Stories;

public sealed record StoryShape(int Id, int Articles, int Papers, double SpanDays);

// The stories as the store will keep them: clusters spanning two papers or more once one
// paper's copies of one text collapse; how big they are and how long they last.
public sealed record StorySizes(IReadOnlyList<StoryShape> Stories, int CopiesCollapsed)
{
    internal static StorySizes Of(RelatedIndex index, List<RelatedDocument> articles)
    {
        var byId = articles.ToDictionary(a => a.Id);
        var stories = articles.Where(a => index.SameStory.ClusterOf(a.Id) == a.Id)
            .Select(a => index.SameStory.StoryMembers(a.Id))
            .Where(m => m.Count > 1)
            .Select(m => m.Where(id => index.SameStory.CopyOf(id) is null).Select(id => byId[id]).ToList())
            .Where(m => m.Select(d => d.Source).Distinct().Count() > 1)
            .Select(m => new StoryShape(m.Min(d => d.Id), m.Count, m.Select(d => d.Source).Distinct().Count(), (m.Max(d => d.PublishedAt) - m.Min(d => d.PublishedAt)).TotalDays))
            .OrderByDescending(s => s.Articles)
            .ToList();
        return new StorySizes(stories, articles.Count(a => index.SameStory.CopyOf(a.Id) is not null));
    }

    public IEnumerable<(string Bucket, int Count)> Distribution()
    {
        (string, int, int)[] buckets = [("2", 2, 2), ("3-5", 3, 5), ("6-10", 6, 10), ("11-20", 11, 20), ("21-50", 21, 50), ("51+", 51, int.MaxValue)];
        return buckets.Select(b => (b.Item1, Stories.Count(s => s.Articles >= b.Item2 && s.Articles <= b.Item3)));
    }
}

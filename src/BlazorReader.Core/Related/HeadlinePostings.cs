namespace BlazorReader.Core.Related;

// Where the headline matcher finds candidates: for each rare headline or opening word, the
// articles that hold it, per day. A newcomer looks up its own rare words on the days of the
// window only, so it meets the few articles that name what it names, never all pairs.
internal sealed class HeadlinePostings(HeadlineWeights weights, SameStoryOptions options)
{
    private readonly Dictionary<(ulong Word, int Day), List<int>> postings = [];

    public void Add(int id, StoryHeadline headline, DateTime publishedAt)
    {
        var day = Day(publishedAt);
        foreach (var word in headline.Lead)
        {
            if (!postings.TryGetValue((word, day), out var ids))
            {
                ids = [];
                postings[(word, day)] = ids;
            }

            ids.Add(id);
        }
    }

    public void Remove(int id, StoryHeadline headline, DateTime publishedAt)
    {
        var day = Day(publishedAt);
        foreach (var word in headline.Lead)
        {
            if (postings.TryGetValue((word, day), out var ids) && ids.Remove(id) && ids.Count == 0)
            {
                postings.Remove((word, day));
            }
        }
    }

    // Articles sharing at least MinSharedRareWords of the newcomer's rare words, with how many.
    public IEnumerable<int> Candidates(StoryHeadline headline, DateTime publishedAt)
    {
        var day = Day(publishedAt);
        var reach = (int)Math.Ceiling(options.Window.TotalDays);
        var rare = Math.Max(options.HeadlineMinRareCount, weights.Articles * options.HeadlineRareShare);
        var hits = new Dictionary<int, int>();
        foreach (var word in headline.Title.Concat(headline.Lead).Distinct())
        {
            if (weights.ArticlesWith(word) > rare)
            {
                continue;
            }

            for (var d = day - reach; d <= day + reach; d++)
            {
                if (postings.TryGetValue((word, d), out var ids))
                {
                    foreach (var id in ids)
                    {
                        hits[id] = hits.GetValueOrDefault(id) + 1;
                    }
                }
            }
        }

        return hits.Where(h => h.Value >= options.HeadlineMinSharedRareWords).Select(h => h.Key);
    }

    private static int Day(DateTime at) => (int)(at.Ticks / TimeSpan.TicksPerDay);
}

using BlazorReader.Bench.Related;
using BlazorReader.Core.Arabic;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Stories;

// The natural pairs of part (a): two papers, at most three days apart, the same story by the
// strict text label, whose headlines share few normalised words: the rewrites a shared-text
// detector is weakest on.
internal static class RewordedPairs
{
    public const double MaxTitleJaccard = 0.5;

    public static List<LabelledPair> Of(TwinLabels labels, IReadOnlyDictionary<int, RelatedDocument> byId) =>
        [.. labels.Pairs.Where(p => TitleJaccard(byId[p.Left].Title, byId[p.Right].Title) is { } j && j < MaxTitleJaccard)];

    public static double? TitleJaccard(string left, string right)
    {
        var a = Words(left);
        var b = Words(right);
        return a.Count == 0 || b.Count == 0 ? null : a.Intersect(b).Count() / (double)a.Union(b).Count();
    }

    // The twin, or its own paper's copy of it, is in the article's story.
    public static bool InStory(RelatedIndex index, int from, int to)
    {
        var wanted = index.Facts(to)?.TextKey ?? to;
        return index.SameStory.StoryMembers(from).Any(m => m == to || (index.Facts(m)?.TextKey ?? m) == wanted);
    }

    public static (double Share, List<LabelledPair> Missed) Found(List<LabelledPair> pairs, RelatedIndex index)
    {
        var missed = pairs.Where(p => !InStory(index, p.Left, p.Right)).ToList();
        return (pairs.Count == 0 ? 0 : 1 - (missed.Count / (double)pairs.Count), missed);
    }

    // Each pair asked both ways: the twin's text in the other's top 10.
    public static double FoundByMoreLikeThis(List<LabelledPair> pairs, MoreLikeThisBaseline mlt, Func<int, int> textKeyOf)
    {
        var queries = pairs.SelectMany(p => new[] { (From: p.Left, To: p.Right), (From: p.Right, To: p.Left) }).ToList();
        var found = queries.AsParallel().Count(q => mlt.Similar(q.From).Any(id => textKeyOf(id) == textKeyOf(q.To)));
        return queries.Count == 0 ? 0 : found / (double)queries.Count;
    }

    private static HashSet<string> Words(string title) =>
        [.. TitleKey.From(title).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}

using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Related;

// The labels every method is scored against, made once per corpus: same-story pairs and
// non-pairs from exact text overlap, and each article's closest twin.
public sealed class TwinLabels
{
    private readonly Dictionary<int, int> positionOf;

    private TwinLabels(IReadOnlyList<RelatedDocument> articles, ContentOverlap overlap, IReadOnlyList<LabelledPair> pairs, IReadOnlyList<(int Left, int Right)> nonPairs)
    {
        Articles = articles;
        Overlap = overlap;
        Pairs = pairs;
        NonPairs = nonPairs;
        positionOf = articles.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i);
        // "The twin" of an article: its labelled pair with the most shared text.
        BestTwins = [.. pairs.SelectMany(p => new[] { (From: p.Left, To: p.Right, p.Containment), (From: p.Right, To: p.Left, p.Containment) })
            .GroupBy(p => p.From)
            .Select(g => g.OrderByDescending(p => p.Containment).ThenBy(p => p.To).First())
            .Select(p => (p.From, p.To))];
    }

    public IReadOnlyList<RelatedDocument> Articles { get; }

    public ContentOverlap Overlap { get; }

    public IReadOnlyList<LabelledPair> Pairs { get; }

    public IReadOnlyList<(int Left, int Right)> NonPairs { get; }

    public IReadOnlyList<(int From, int To)> BestTwins { get; }

    // Every labelled pair asked both ways.
    public IEnumerable<(int From, int To)> Queries => Pairs.SelectMany(p => new[] { (p.Left, p.Right), (p.Right, p.Left) });

    public static TwinLabels Label(IReadOnlyList<RelatedDocument> articles, int seed = 6)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var overlap = new ContentOverlap(articles, LabelledPairs.Comparable);
        var pairs = LabelledPairs.SameStory(articles, overlap);
        return new TwinLabels(articles, overlap, pairs, LabelledPairs.NonPairs(articles, overlap, Math.Max(300, pairs.Count), seed));
    }

    // Share of the shorter text found word for word in the other.
    public double Containment(int fromId, int toId) => Overlap.Containment(positionOf[fromId], positionOf[toId]);

    public double StoryContainment(int fromId, int toId) => Overlap.StoryContainment(positionOf[fromId], positionOf[toId]);
}

using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Related;

public sealed record LabelledPair(int Left, int Right, double Containment, double Overlap);

// Same-story pairs as a reader would judge them, built without MinHash: two newspapers,
// at most three days apart, and most of the shorter text found word for word in the
// longer one while the longer is not mostly other material. Non-pairs: random pairs of
// two newspapers in the same window that share no 5-word shingle at all.
public static class LabelledPairs
{
    public const double MinContainment = 0.6;
    public const double MinOverlap = 0.3;
    public const int MinShingles = 30;
    public static readonly TimeSpan Window = TimeSpan.FromDays(3);

    public static bool Comparable(RelatedDocument left, RelatedDocument right) =>
        !string.Equals(left.Source, right.Source, StringComparison.Ordinal) &&
        (left.PublishedAt - right.PublishedAt).Duration() <= Window;

    public static IReadOnlyList<LabelledPair> SameStory(IReadOnlyList<RelatedDocument> documents, ContentOverlap overlap)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(overlap);
        var pairs = new List<LabelledPair>();
        foreach (var (left, right, shared) in overlap.Pairs)
        {
            var smaller = Math.Min(overlap.Size(left), overlap.Size(right));
            var larger = Math.Max(overlap.Size(left), overlap.Size(right));
            if (smaller < MinShingles)
            {
                continue; // a two-line brief matches too much to say "same story"
            }

            var containment = shared / (double)smaller;
            var share = shared / (double)larger;
            if (containment >= MinContainment && share >= MinOverlap)
            {
                pairs.Add(new LabelledPair(documents[left].Id, documents[right].Id, containment, share));
            }
        }

        return [.. pairs.OrderBy(p => p.Left).ThenBy(p => p.Right)];
    }

    public static IReadOnlyList<(int Left, int Right)> NonPairs(IReadOnlyList<RelatedDocument> documents, ContentOverlap overlap, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(overlap);
        var random = new Random(seed);
        var pairs = new HashSet<(int, int)>();
        for (var attempt = 0; pairs.Count < count && attempt < count * 100; attempt++)
        {
            var a = random.Next(documents.Count);
            var b = random.Next(documents.Count);
            if (a != b && Comparable(documents[a], documents[b]) && overlap.Shared(a, b) == 0)
            {
                pairs.Add((documents[Math.Min(a, b)].Id, documents[Math.Max(a, b)].Id));
            }
        }

        return [.. pairs];
    }
}

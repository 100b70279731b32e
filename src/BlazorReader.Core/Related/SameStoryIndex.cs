namespace BlazorReader.Core.Related;

// Finds the same story told by other newspapers: LSH over MinHash signatures (16 bands of 4
// rows) proposes candidates, the signature estimate of Jaccard similarity decides, within a
// few days of each other. Adding one article never recomputes the others.
public sealed class SameStoryIndex
{
    public const double Threshold = 0.4;
    public const double DuplicateThreshold = 0.9;
    private const int Bands = 16;
    private const int Rows = MinHashSignature.Size / Bands;
    private static readonly TimeSpan Window = TimeSpan.FromDays(3);

    private readonly Dictionary<int, (MinHashSignature Signature, StoryDocument Doc)> docs = [];
    private readonly Dictionary<(int Band, ulong Key), List<int>> buckets = [];

    public void Add(StoryDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        Remove(doc.Id);
        // The body alone: papers retitle agency copy, and a copy keeps its text, not its headline.
        var signature = MinHashSignature.Of(doc.Body.Length > 0 ? doc.Body : doc.Title);
        docs[doc.Id] = (signature, doc);
        foreach (var key in Keys(signature))
        {
            if (!buckets.TryGetValue(key, out var ids))
            {
                buckets[key] = ids = [];
            }
            ids.Add(doc.Id);
        }
    }

    public void Remove(int id)
    {
        if (docs.Remove(id, out var old))
        {
            foreach (var key in Keys(old.Signature))
            {
                buckets[key].Remove(id);
            }
        }
    }

    // Other articles with the same text: twins from other sources, and copies (same text at
    // another address) that a list must never show.
    public IReadOnlyList<(int Id, double Similarity, bool Copy)> Twins(int id)
    {
        if (!docs.TryGetValue(id, out var self))
        {
            return [];
        }
        var candidates = Keys(self.Signature).SelectMany(k => buckets.TryGetValue(k, out var ids) ? ids : []).Where(c => c != id).Distinct();
        var twins = new List<(int, double, bool)>();
        foreach (var other in candidates)
        {
            var (signature, doc) = docs[other];
            var similarity = self.Signature.Similarity(signature);
            // A copy is the same text from the same paper at another address; the same agency
            // text in another paper is the same story told by another source, and is listed.
            var copy = similarity >= DuplicateThreshold && doc.Source == self.Doc.Source;
            if (similarity >= Threshold && (copy || (doc.Date - self.Doc.Date).Duration() <= Window))
            {
                twins.Add((other, similarity, copy));
            }
        }
        return [.. twins.OrderByDescending(t => t.Item2)];
    }

    private static IEnumerable<(int, ulong)> Keys(MinHashSignature s)
    {
        if (s.Shingles == 0)
        {
            yield break;
        }
        for (var b = 0; b < Bands; b++)
        {
            var h = 14695981039346656037UL;
            for (var r = 0; r < Rows; r++)
            {
                h = (h ^ s.Values[b * Rows + r]) * 1099511628211UL;
            }
            yield return (b, h);
        }
    }
}

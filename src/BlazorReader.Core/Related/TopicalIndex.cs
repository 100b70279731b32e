using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related;

// MoreLikeThis over the Arabic chain: each article is kept as its strongest stems (tf·idf,
// title stems counted twice); neighbours share the most weight with it, and stories far apart
// in time count for less (within ±30 days they keep most of their score).
public sealed class TopicalIndex
{
    private const int TermsPerDocument = 30;
    private const int QueryTerms = 25;
    private const int MaxPostings = 4000;
    private const double RecencyDays = 30;

    private readonly Dictionary<int, (Dictionary<string, int> Terms, StoryDocument Doc)> docs = [];
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> postings = new(StringComparer.Ordinal);

    public int Count => docs.Count;

    public void Add(StoryDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        Remove(doc.Id);
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in ArabicTextAnalyzer.Analyze(doc.Title))
        {
            tf[t.Stem] = tf.GetValueOrDefault(t.Stem) + 2;
        }
        foreach (var t in ArabicTextAnalyzer.Analyze(doc.Body))
        {
            tf[t.Stem] = tf.GetValueOrDefault(t.Stem) + 1;
        }
        foreach (var term in tf.Keys)
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }
        var top = Strongest(tf, TermsPerDocument).ToDictionary(t => t, t => tf[t], StringComparer.Ordinal);
        docs[doc.Id] = (top, doc);
        foreach (var term in top.Keys)
        {
            if (!postings.TryGetValue(term, out var ids))
            {
                postings[term] = ids = [];
            }
            ids.Add(doc.Id);
        }
    }

    public void Remove(int id)
    {
        if (docs.Remove(id, out var old))
        {
            foreach (var term in old.Terms.Keys)
            {
                postings[term].Remove(id);
            }
        }
    }

    public IReadOnlyList<(int Id, double Score)> Neighbours(int id, int count)
    {
        if (!docs.TryGetValue(id, out var self))
        {
            return [];
        }
        var scores = new Dictionary<int, double>();
        foreach (var term in Strongest(self.Terms, QueryTerms))
        {
            if (!postings.TryGetValue(term, out var ids) || ids.Count > MaxPostings)
            {
                continue;
            }
            var idf = Idf(term);
            foreach (var other in ids)
            {
                if (other != id)
                {
                    scores[other] = scores.GetValueOrDefault(other) + idf * idf * Math.Min(self.Terms[term], docs[other].Terms[term]);
                }
            }
        }
        return [.. scores
            .Select(s => (s.Key, s.Value / (1 + (docs[s.Key].Doc.Date - self.Doc.Date).Duration().TotalDays / RecencyDays)))
            .OrderByDescending(s => s.Item2).ThenBy(s => s.Key).Take(count)];
    }

    private double Idf(string term) => Math.Log((docs.Count + 1.0) / (documentFrequency.GetValueOrDefault(term) + 0.5));

    private IEnumerable<string> Strongest(Dictionary<string, int> tf, int count) =>
        tf.Where(t => t.Key.Length > 1).OrderByDescending(t => t.Value * Idf(t.Key)).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(count).Select(t => t.Key);
}

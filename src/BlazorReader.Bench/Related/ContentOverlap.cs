using BlazorReader.Core.Arabic;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Related;

// The labelling signal, independent of MinHash: exact 5-word shingles of the normalised
// surface text (stopwords kept, no stemming), counted exactly for every pair of articles
// that shares one. Shingles found in many articles are boilerplate and do not count.
//
// That rule also silences a big story's own wording: a story told by eight papers and
// followed up for two days puts its sentences in more than 12 articles. A second count
// (StoryContainment) also takes shingles held by up to 40 articles that all fall within
// StoryDays of each other: templates recur across weeks, a story's words do not.
public sealed class ContentOverlap
{
    public const int ShingleSize = 5;
    public const int MaxArticlesPerStoryShingle = 40;
    public static readonly TimeSpan StoryDays = TimeSpan.FromDays(3);
    private const int MaxArticlesPerShingle = 12;

    private readonly Dictionary<(int, int), int> shared = [];
    private readonly Dictionary<(int, int), int> storyShared = [];
    private readonly int[] sizes;

    public ContentOverlap(IReadOnlyList<RelatedDocument> documents, Func<RelatedDocument, RelatedDocument, bool> comparable)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var sets = documents.AsParallel().AsOrdered().Select(d => ExactShingles(d.Body)).ToArray();
        sizes = [.. sets.Select(s => s.Length)];
        var postings = new List<(ulong Shingle, int Position)>(sets.Sum(s => s.Length));
        for (var i = 0; i < sets.Length; i++)
        {
            postings.AddRange(sets[i].Select(s => (s, i)));
        }

        postings.Sort();
        for (var start = 0; start < postings.Count;)
        {
            var end = start;
            while (end < postings.Count && postings[end].Shingle == postings[start].Shingle)
            {
                end++;
            }

            if (end - start is > 1 and <= MaxArticlesPerShingle)
            {
                CountPairs(shared, postings, start, end, documents, comparable);
            }
            else if (end - start is > MaxArticlesPerShingle and <= MaxArticlesPerStoryShingle && WithinStoryDays(postings, start, end, documents))
            {
                CountPairs(storyShared, postings, start, end, documents, comparable);
            }

            start = end;
        }
    }

    public IEnumerable<(int Left, int Right, int Shared)> Pairs => shared.Select(p => (p.Key.Item1, p.Key.Item2, p.Value));

    public int Size(int position) => sizes[position];

    public int Shared(int left, int right) => shared.GetValueOrDefault(left < right ? (left, right) : (right, left));

    // Share of the shorter text found in the longer one.
    public double Containment(int left, int right)
    {
        var smaller = Math.Min(sizes[left], sizes[right]);
        return smaller == 0 ? 0 : Shared(left, right) / (double)smaller;
    }

    // The same, a big story's own wording counted too.
    public double StoryContainment(int left, int right)
    {
        var smaller = Math.Min(sizes[left], sizes[right]);
        var sharedInStory = storyShared.GetValueOrDefault(left < right ? (left, right) : (right, left));
        return smaller == 0 ? 0 : (Shared(left, right) + sharedInStory) / (double)smaller;
    }

    private static bool WithinStoryDays(List<(ulong Shingle, int Position)> postings, int start, int end, IReadOnlyList<RelatedDocument> documents)
    {
        var (first, last) = (DateTime.MaxValue, DateTime.MinValue);
        for (var i = start; i < end; i++)
        {
            var at = documents[postings[i].Position].PublishedAt;
            (first, last) = (at < first ? at : first, at > last ? at : last);
        }

        return last - first <= StoryDays;
    }

    private static void CountPairs(Dictionary<(int, int), int> shared, List<(ulong Shingle, int Position)> postings, int start, int end, IReadOnlyList<RelatedDocument> documents, Func<RelatedDocument, RelatedDocument, bool> comparable)
    {
        for (var i = start; i < end; i++)
        {
            for (var j = i + 1; j < end; j++)
            {
                var (a, b) = (postings[i].Position, postings[j].Position);
                if (comparable(documents[a], documents[b]))
                {
                    shared[(a, b)] = shared.GetValueOrDefault((a, b)) + 1;
                }
            }
        }
    }

    private static ulong[] ExactShingles(string text)
    {
        var tokens = ArabicTextAnalyzer.Analyze(text ?? "", keepStopwords: true);
        var words = new ulong[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = StableHash.Fnv1a(tokens[i].Surface);
        }

        return words.Length < ShingleSize ? [] : Shingler.FromWordHashes(words, ShingleSize);
    }
}

using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related.Evaluation;

// The labelling signal, independent of MinHash: exact 5-word shingles of the normalised
// surface text (stopwords kept, no stemming), counted exactly for every pair of articles
// that shares one. Shingles found in many articles are boilerplate and do not count.
public sealed class ContentOverlap
{
    public const int ShingleSize = 5;
    private const int MaxArticlesPerShingle = 12;

    private readonly Dictionary<(int, int), int> _shared = [];
    private readonly int[] _sizes;

    public ContentOverlap(IReadOnlyList<RelatedDocument> documents, Func<RelatedDocument, RelatedDocument, bool> comparable)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var sets = documents.AsParallel().AsOrdered().Select(d => ExactShingles(d.Body)).ToArray();
        _sizes = [.. sets.Select(s => s.Length)];
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
                CountPairs(postings, start, end, documents, comparable);
            }

            start = end;
        }
    }

    public IEnumerable<(int Left, int Right, int Shared)> Pairs => _shared.Select(p => (p.Key.Item1, p.Key.Item2, p.Value));

    public int Size(int position) => _sizes[position];

    public int Shared(int left, int right) => _shared.GetValueOrDefault(left < right ? (left, right) : (right, left));

    // Share of the shorter text found in the longer one.
    public double Containment(int left, int right)
    {
        var smaller = Math.Min(_sizes[left], _sizes[right]);
        return smaller == 0 ? 0 : Shared(left, right) / (double)smaller;
    }

    private void CountPairs(List<(ulong Shingle, int Position)> postings, int start, int end, IReadOnlyList<RelatedDocument> documents, Func<RelatedDocument, RelatedDocument, bool> comparable)
    {
        for (var i = start; i < end; i++)
        {
            for (var j = i + 1; j < end; j++)
            {
                var (a, b) = (postings[i].Position, postings[j].Position);
                if (comparable(documents[a], documents[b]))
                {
                    _shared[(a, b)] = _shared.GetValueOrDefault((a, b)) + 1;
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

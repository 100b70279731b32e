using System.Collections.Concurrent;

namespace BlazorReader.Search.Completion;

// The completions of one state of the index, immutable, so any number of lookups run while
// the next state's set is built. Phrases are sorted by their normalised text; headlines are
// reachable from each of their words (a sorted array of (headline, word start) pairs over the
// normalised headlines, no substring copies), a headline's own start weighing most. A lookup
// is a binary search and a scan of the matching run that keeps the best few.
internal sealed class CompletionSet(long version, CompletionSet.Phrase[] phrases, CompletionSet.Headline[] headlines, CompletionSet.WordStart[] starts)
{
    public readonly record struct Phrase(string Key, string Text, float Weight);

    public readonly record struct Headline(string Key, TitleRow Row, float Weight);

    // Where a headline can be matched from: Offset into its Key, at a word.
    public readonly record struct WordStart(int Headline, int Offset);

    // How much less a headline matched from a later word counts than one matched from its start.
    private const float LaterWordWeight = 0.5f;

    public static CompletionSet Empty { get; } = new(-1, [], [], []);

    // Answers to the shortest prefixes, kept with the set they came from: «ال» or «وز» scan a
    // long run (the slowest lookups by far), and every reader types them.
    public ConcurrentDictionary<string, CompletionItem[]> ShortAnswers { get; } = new(StringComparer.Ordinal);

    public long Version => version;

    public int PhraseCount => phrases.Length;

    public int HeadlineCount => headlines.Length;

    public List<Phrase> Phrases(string prefix, int max)
    {
        var best = new Best<Phrase>(max);
        var lo = LowerBound(phrases.Length, i => string.CompareOrdinal(phrases[i].Key, prefix));
        for (var i = lo; i < phrases.Length && phrases[i].Key.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            best.Offer(phrases[i], phrases[i].Weight);
        }
        return best.Ordered();
    }

    public List<Headline> Headlines(string prefix, int max)
    {
        var best = new Best<Headline>(max * 2);
        var seen = new HashSet<int>();
        var lo = LowerBound(starts.Length, i => KeyAt(starts[i]).SequenceCompareTo(prefix));
        for (var i = lo; i < starts.Length && KeyAt(starts[i]).StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            var headline = headlines[starts[i].Headline];
            var weight = starts[i].Offset == 0 ? headline.Weight : headline.Weight * LaterWordWeight;
            best.Offer(headline, weight);
        }
        // A headline matched at two of its words is offered once, at its better place.
        return [.. best.Ordered().Where(h => seen.Add(h.Row.Id)).Take(max)];
    }

    public static WordStart[] SortStarts(Headline[] headlines, List<WordStart> starts)
    {
        var array = starts.ToArray();
        Array.Sort(array, (a, b) => headlines[a.Headline].Key.AsSpan(a.Offset).SequenceCompareTo(headlines[b.Headline].Key.AsSpan(b.Offset)));
        return array;
    }

    private ReadOnlySpan<char> KeyAt(WordStart start) => headlines[start.Headline].Key.AsSpan(start.Offset);

    private static int LowerBound(int count, Func<int, int> compareToPrefix)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (compareToPrefix(mid) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    // The few heaviest of a run, kept in order by insertion (a run can be long, the list is short).
    private sealed class Best<T>(int max)
    {
        private readonly List<(T Item, float Weight)> items = new(max + 1);

        public void Offer(T item, float weight)
        {
            if (items.Count == max && weight <= items[^1].Weight)
            {
                return;
            }
            var at = items.FindIndex(x => x.Weight < weight);
            items.Insert(at < 0 ? items.Count : at, (item, weight));
            if (items.Count > max)
            {
                items.RemoveAt(max);
            }
        }

        public List<T> Ordered() => [.. items.Select(x => x.Item)];
    }
}

using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related;

// A headline's light stems, stopwords gone, hashed and sorted: two papers' headlines for one
// event nearly always share a name, a place or a thing, however differently they phrase it.
public static class TitleWords
{
    // Enough of the opening to hold the who and where a rewritten headline may have moved there.
    public const int LeadLength = 40;

    public static ulong[] Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return Of(ArabicTextAnalyzer.Analyze(title));
    }

    // From a headline already analysed (stopwords gone), for callers that read it once.
    public static ulong[] Of(IEnumerable<AnalyzedToken> title) => Sorted(title.Select(t => t.Stem));

    // The headline's stems and the opening's: a paper that puts a name or place in its lead
    // rather than its headline still agrees with the other paper's headline.
    public static ulong[] Lead(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        return Lead(ArabicTextAnalyzer.Analyze(title), body);
    }

    // Only the opening is analysed: the tokens come one at a time and stop at LeadLength.
    public static ulong[] Lead(IEnumerable<AnalyzedToken> title, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Sorted(title.Concat(ArabicTextAnalyzer.Tokens(body).Take(LeadLength)).Select(t => t.Stem));
    }

    private static ulong[] Sorted(IEnumerable<string> stems)
    {
        var words = stems.Select(s => StableHash.Fnv1a(s)).Distinct().ToArray();
        Array.Sort(words);
        return words;
    }

    // How many words two sorted word sets share; none when either is missing.
    public static int SharedCount(ulong[]? left, ulong[]? right) =>
        left is null || right is null ? 0 : Shared(left, right, stopAt: int.MaxValue);

    public static bool ShareAny(ulong[] left, ulong[] right) => Shared(left, right, stopAt: 1) > 0;

    // One merge walk over both sorted sets, stopping once stopAt shared words are found.
    private static int Shared(ulong[] left, ulong[] right, int stopAt)
    {
        int i = 0, j = 0, shared = 0;
        while (i < left.Length && j < right.Length && shared < stopAt)
        {
            if (left[i] == right[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}

using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related;

// Word shingles over light stems with stopwords gone: two agencies' copies of one wire
// story differ in clitics, spelling of hamza and filler words far more than in content
// words, and stems with normalised spelling absorb most of that.
public static class Shingler
{
    public const int DefaultSize = 3;

    public static ulong[] Shingles(string text, int size = DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ArabicTextAnalyzer.Analyze(text);
        var words = new ulong[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = StableHash.Fnv1a(tokens[i].Stem);
        }

        return FromWordHashes(words, size);
    }

    public static ulong[] FromWordHashes(ReadOnlySpan<ulong> words, int size = DefaultSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (words.Length == 0)
        {
            return [];
        }

        // A text shorter than one shingle still gets one, so a one-line brief has a signature.
        var width = Math.Min(size, words.Length);
        var set = new HashSet<ulong>();
        for (var start = 0; start + width <= words.Length; start++)
        {
            var hash = 0UL;
            for (var i = start; i < start + width; i++)
            {
                hash = StableHash.Combine(hash, words[i]);
            }

            set.Add(hash);
        }

        var shingles = set.ToArray();
        Array.Sort(shingles);
        return shingles;
    }
}

using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related;

// Word 4-shingles of the normalised text, MinHashed with 64 fixed hash functions. Hashes are
// FNV-1a and SplitMix64 with constant seeds: the same text gives the same signature in every
// process (string.GetHashCode is randomised per process).
public sealed class MinHashSignature
{
    public const int Size = 64;
    private const int ShingleWords = 4;

    private MinHashSignature(ulong[] values, int shingles)
    {
        Values = values;
        Shingles = shingles;
    }

    public ulong[] Values { get; }
    public int Shingles { get; }

    public static MinHashSignature Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ArabicTextAnalyzer.Analyze(text, keepStopwords: true).Select(t => t.Surface).ToArray();
        var values = new ulong[Size];
        Array.Fill(values, ulong.MaxValue);
        var count = 0;
        for (var i = 0; i + ShingleWords <= words.Length; i++)
        {
            var shingle = Fnv1a(words.AsSpan(i, ShingleWords));
            count++;
            for (var k = 0; k < Size; k++)
            {
                var h = SplitMix(shingle ^ Seeds[k]);
                if (h < values[k])
                {
                    values[k] = h;
                }
            }
        }
        return new MinHashSignature(values, count);
    }

    public double Similarity(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Shingles == 0 || other.Shingles == 0)
        {
            return 0;
        }
        var same = 0;
        for (var k = 0; k < Size; k++)
        {
            same += Values[k] == other.Values[k] ? 1 : 0;
        }
        return same / (double)Size;
    }

    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, Size).Select(i => SplitMix((ulong)i * 0x9E3779B97F4A7C15UL))];

    internal static ulong Fnv1a(ReadOnlySpan<string> words)
    {
        var h = 14695981039346656037UL;
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                h = (h ^ c) * 1099511628211UL;
            }
            h = (h ^ ' ') * 1099511628211UL;
        }
        return h;
    }

    internal static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}

namespace BlazorReader.Core.Related;

// Signatures are stored and compared across processes and runs, so every hash here must be
// the same everywhere: string.GetHashCode is randomised per process and cannot be used.
public static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Fnv1a(ReadOnlySpan<char> text, ulong seed = FnvOffset)
    {
        var hash = seed;
        foreach (var c in text)
        {
            // Both bytes of the UTF-16 unit: Arabic letters differ mostly in the low byte.
            hash = (hash ^ (byte)c) * FnvPrime;
            hash = (hash ^ (byte)(c >> 8)) * FnvPrime;
        }

        return hash;
    }

    // Folds the word hashes of a shingle in order, so «قال وزير الخارجية» differs from
    // «وزير قال الخارجية».
    public static ulong Combine(ulong left, ulong right) => Mix(left * 31 + right);

    // SplitMix64's finaliser: spreads FNV's weak low bits before MinHash permutes them.
    public static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}

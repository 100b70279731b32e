namespace BlazorReader.Core.Related;

// MinHash with hash functions derived from a fixed seed: a signature computed today in one
// process equals the one computed tomorrow in another, so stored signatures stay comparable.
// Each minimum is kept as its low 32 bits: two different minima then agree with probability
// 2^-32, far below what moves an estimate, and signatures take half the memory (16 MB for
// 30,000 articles).
public sealed class MinHasher
{
    public const int DefaultPermutations = 128;
    public const ulong DefaultSeed = 0x5EED_2015_0721UL;

    private readonly ulong[] salts;

    public MinHasher(int permutations = DefaultPermutations, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permutations, 1);
        salts = new ulong[permutations];
        var state = seed;
        for (var i = 0; i < permutations; i++)
        {
            state = StableHash.Mix(state);
            salts[i] = state;
        }
    }

    public int Permutations => salts.Length;

    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var minima = salts.Length <= 256 ? stackalloc ulong[salts.Length] : new ulong[salts.Length];
        minima.Fill(ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < minima.Length; i++)
            {
                // XOR with a salt then mix: a cheap family of independent-enough permutations.
                var value = StableHash.Mix(shingle ^ salts[i]);
                if (value < minima[i])
                {
                    minima[i] = value;
                }
            }
        }

        var signature = new uint[minima.Length];
        for (var i = 0; i < minima.Length; i++)
        {
            signature[i] = (uint)minima[i];
        }

        return signature;
    }

    // The share of agreeing positions estimates the Jaccard similarity of the shingle sets.
    public static double EstimateJaccard(ReadOnlySpan<uint> left, ReadOnlySpan<uint> right)
    {
        if (left.Length != right.Length)
        {
            throw new ArgumentException("Signatures come from MinHashers of different sizes.", nameof(right));
        }

        if (left.Length == 0 || left[0] == uint.MaxValue || right[0] == uint.MaxValue)
        {
            return 0; // an empty text resembles nothing, not even another empty text
        }

        var same = 0;
        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] == right[i])
            {
                same++;
            }
        }

        return same / (double)left.Length;
    }
}

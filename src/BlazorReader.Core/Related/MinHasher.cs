namespace BlazorReader.Core.Related;

// MinHash with hash functions derived from a fixed seed: a signature computed today in one
// process equals the one computed tomorrow in another, so stored signatures stay comparable.
public sealed class MinHasher
{
    public const int DefaultPermutations = 128;
    public const ulong DefaultSeed = 0x5EED_2015_0721UL;

    private readonly ulong[] _salts;

    public MinHasher(int permutations = DefaultPermutations, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permutations, 1);
        _salts = new ulong[permutations];
        var state = seed;
        for (var i = 0; i < permutations; i++)
        {
            state = StableHash.Mix(state);
            _salts[i] = state;
        }
    }

    public int Permutations => _salts.Length;

    public ulong[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new ulong[_salts.Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                // XOR with a salt then mix: a cheap family of independent-enough permutations.
                var value = StableHash.Mix(shingle ^ _salts[i]);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    // The share of agreeing positions estimates the Jaccard similarity of the shingle sets.
    public static double EstimateJaccard(ReadOnlySpan<ulong> left, ReadOnlySpan<ulong> right)
    {
        if (left.Length != right.Length)
        {
            throw new ArgumentException("Signatures come from MinHashers of different sizes.", nameof(right));
        }

        if (left.Length == 0 || left[0] == ulong.MaxValue || right[0] == ulong.MaxValue)
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

namespace BlazorReader.Core.Arabic;

// How likely a typed word is a slip for another, as a weighted edit distance between two
// normalised words (restricted Damerau–Levenshtein: each letter edited once). The weights
// say which slips fingers and spelling make: a letter doubled or swapped with its
// neighbour, a neighbouring key, a long vowel or a hamza seat left out or put in cost less
// than an arbitrary letter changed. One slip costs at most 1; lower is likelier.
public static class ArabicSlipCost
{
    public const float Arbitrary = 1f;
    private const float Swapped = 0.6f;
    private const float NeighbourKey = 0.6f;
    private const float Confused = 0.4f;
    private const float Doubled = 0.4f;
    private const float MissedDouble = 0.5f;
    private const float LongVowel = 0.7f;

    public static float Between(string typed, string intended)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(intended);
        var d = new float[typed.Length + 1, intended.Length + 1];
        for (var i = 0; i <= typed.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= intended.Length; j++) d[0, j] = j;
        for (var i = 1; i <= typed.Length; i++)
        {
            for (var j = 1; j <= intended.Length; j++)
            {
                var t = typed[i - 1];
                var w = intended[j - 1];
                var best = Math.Min(
                    d[i - 1, j - 1] + Substitution(t, w),
                    Math.Min(d[i - 1, j] + Extra(typed, i - 1), d[i, j - 1] + Missing(intended, j - 1)));
                if (i > 1 && j > 1 && t == intended[j - 2] && typed[i - 2] == w && t != w)
                {
                    best = Math.Min(best, d[i - 2, j - 2] + Swapped);
                }

                d[i, j] = best;
            }
        }

        return d[typed.Length, intended.Length];
    }

    private static float Substitution(char typed, char intended) =>
        typed == intended ? 0f
        : AreConfused(typed, intended) ? Confused
        : AreNeighbourKeys(typed, intended) ? NeighbourKey
        : Arbitrary;

    // A letter typed that the word does not have: a double, or a key brushed beside the next.
    private static float Extra(string typed, int at)
    {
        var c = typed[at];
        if ((at > 0 && typed[at - 1] == c) || (at + 1 < typed.Length && typed[at + 1] == c)) return Doubled;
        if ((at > 0 && AreNeighbourKeys(typed[at - 1], c)) || (at + 1 < typed.Length && AreNeighbourKeys(typed[at + 1], c))) return NeighbourKey;
        return IsLongVowelOrSeat(c) ? LongVowel : Arbitrary;
    }

    // A letter of the word not typed: one of a double, or a long vowel or hamza seat.
    private static float Missing(string intended, int at)
    {
        var c = intended[at];
        if ((at > 0 && intended[at - 1] == c) || (at + 1 < intended.Length && intended[at + 1] == c)) return MissedDouble;
        return IsLongVowelOrSeat(c) ? LongVowel : Arbitrary;
    }

    private static bool IsLongVowelOrSeat(char c) => c is 'ا' or 'و' or 'ي' or 'ء';

    // Spellings readers mix up that normalisation does not already fold: the hamza on the
    // line against its seats, and a final taa marbuta written as taa.
    private static bool AreConfused(char a, char b) => (a, b) switch
    {
        ('ء', 'ا' or 'و' or 'ي') or ('ا' or 'و' or 'ي', 'ء') => true,
        ('ه', 'ت') or ('ت', 'ه') => true,
        _ => false,
    };

    // Keys compared as typed and as normalised: «ى» and «ي» are one letter once folded.
    private static bool AreNeighbourKeys(char a, char b)
    {
        foreach (var near in ArabicKeyboard.Neighbours(a)) if (ArabicNormalizer.Fold(near) == b) return true;
        foreach (var key in "ةىئؤ")
        {
            if (ArabicNormalizer.Fold(key) == a)
            {
                foreach (var near in ArabicKeyboard.Neighbours(key)) if (ArabicNormalizer.Fold(near) == b) return true;
            }
        }

        return false;
    }
}

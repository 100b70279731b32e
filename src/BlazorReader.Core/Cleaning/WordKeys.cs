using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// A line's words as numbers, for comparing lines with a story: each word folded as search
// folds it (ArabicNormalizer), its article and joined conjunction or preposition taken off
// and a few endings too, then hashed, with no string made. Lighter than the search chain,
// which the cleaner cannot afford on every line of every article; a rare collision only
// blurs a figure that is a hint anyway.
internal static class WordKeys
{
    private static readonly HashSet<int> Stop = Keys(
        "في من الى إلى عن مع ان أن إن هذا هذه ذلك تلك التي الذي الذين او أو ثم قد كان كانت لم لن ما لا ليس هو هي هم كل بين بعد قبل حتى عند منذ اذا إذا ايضا أيضا "
        + "كما مثل غير دون حيث هناك لدى لكن بل الا إلا أي عبر خلال ضمن نحو امام أمام تحت فوق ذات سوف انه أنه انها أنها على وقد وفي ومن وان وأن وهو وهي ولا فيه فيها منه منها عليه عليها له لها به بها");

    public static int[] Of(string text)
    {
        var keys = new List<int>(text.Length / 6);
        Span<char> word = stackalloc char[48];
        var length = 0;
        foreach (var c in text.AsSpan())
        {
            var folded = WordChars[c];
            if (folded > Skip)
            {
                if (length < word.Length)
                {
                    word[length++] = folded;
                }
                continue;
            }
            if (folded == Skip)
            {
                continue; // tatweel inside a word
            }
            Add(word[..length], keys);
            length = 0;
        }
        Add(word[..length], keys);
        return [.. keys];
    }

    // What each char is to a word: a letter or digit as folded, a mark skipped inside it
    // (a letter that folds to nothing, as tatweel does), or a break (anything else). A table,
    // because this runs on every character of every line the cleaner compares with its story.
    private const char Break = '\0';
    private const char Skip = '\u0001';

    private static readonly char[] WordChars = BuildWordChars();

    private static char[] BuildWordChars()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var folded = char.IsLetterOrDigit(c) ? ArabicNormalizer.Fold(c) : '\0';
            table[i] = folded != '\0' && char.IsLetterOrDigit(folded) ? folded : folded == '\0' && char.IsLetterOrDigit(c) ? Skip : Break;
        }
        return table;
    }

    private static void Add(ReadOnlySpan<char> word, List<int> keys)
    {
        if (word.Length < 2 || char.IsDigit(word[0]) || Stop.Contains(string.GetHashCode(word)))
        {
            return;
        }
        var stem = Stem(word);
        if (stem.Length >= 2)
        {
            keys.Add(string.GetHashCode(stem));
        }
    }

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> w)
    {
        foreach (var prefix in Prefixes)
        {
            if (w.StartsWith(prefix) && w.Length - prefix.Length >= 3)
            {
                w = w[prefix.Length..];
                break;
            }
        }
        foreach (var suffix in Suffixes)
        {
            if (w.EndsWith(suffix) && w.Length - suffix.Length >= 3)
            {
                return w[..^suffix.Length];
            }
        }
        return w;
    }

    private static readonly string[] Prefixes = ["وبال", "وكال", "فبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل"];

    private static readonly string[] Suffixes = ["ات", "ون", "ين", "ها", "هم", "ان", "يه", "ه", "ي"];

    private static HashSet<int> Keys(string words)
    {
        var set = new HashSet<int>();
        foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(string.GetHashCode(ArabicNormalizer.Normalize(w).AsSpan()));
        }
        return set;
    }
}

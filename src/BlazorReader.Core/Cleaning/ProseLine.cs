using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// Whether a line reads as Arabic prose, from the language rather than from any site's words:
// a sentence ties its words with closed-class words (prepositions, conjunctions, relatives,
// particles: «في», «من», «التي», «قد»), alone or behind a joined «و»/«ف»; a label, a menu
// item, a section name or a heading of links has none, and ends in no stop.
internal static class ProseLine
{
    private static readonly HashSet<string> FunctionWords = new(
        ("في من على إلى الى عن مع أن ان إن لأن التي الذي الذين اللذين اللتين اللواتي هذا هذه ذلك تلك هؤلاء قد لقد لم لن لا ما ليس "
        + "كان كانت يكون تكون هو هي هم هن أنه انه أنها انها إنه إنها بعد قبل حتى كما كي لكي أو او ثم بين عند منذ خلال حيث إذا اذا "
        + "لكن بل إلا الا لدى عليه عليها فيه فيها منه منها له لها به بها إليه إليها أي كل سوف")
        .Split(' ').Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);

    // At least one word of the line is a function word, as written or behind «و» or «ف».
    public static bool HasFunctionWord(string line)
    {
        foreach (var raw in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = ArabicNormalizer.Normalize(raw.Trim('،', ',', '.', ':', '؛', '!', '؟', '?', '«', '»', '"', '(', ')'));
            if (FunctionWords.Contains(word) || word.Length > 2 && word[0] is 'و' or 'ف' && FunctionWords.Contains(word[1..]))
            {
                return true;
            }
        }
        return false;
    }

    // A sentence ends in a stop; a quoted closing («… »), a verse or a dua may end in a mark too.
    public static bool EndsLikeASentence(string line)
    {
        var t = line.TrimEnd();
        // An arrow set apart («لا تفوتك »») points at a link; a closing quotation mark hugs its word.
        return t.Length > 0 && (t[^1] is '.' or '!' or '?' or '؟' or '…' or ':' or '؛' or '"' or ')' or '﴾' or '﴿'
            || t[^1] == '»' && t.Length > 1 && t[^2] != ' ');
    }

    // A short line of no sentence: no function word and no stop at its end.
    public static bool IsBareLabel(string line) => !HasFunctionWord(line) && !EndsLikeASentence(line);
}

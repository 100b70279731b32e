using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// Arabic's closed-class words (prepositions, particles, relatives, pronouns, auxiliaries): a
// sentence needs them, while page chrome (a place, an agency, a name, a label, a tag list)
// gets by without. Counted, a line says whether it reads as language or as a label; this is
// the language, the same on every site, not any site's words.
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = Build(
        "في من على الى إلى عن مع أن ان إن لأن التي الذي الذين اللذين اللتين اللواتي اللاتي ما ماذا لم لن لا ليس ليست قد لقد "
        + "كان كانت كانوا يكون تكون هو هي هم هن هما نحن أنا انا هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك حيث حين عندما لما "
        + "إذا اذا إذ لو لولا كي لكي حتى ثم أو او أم بل لكن لكنه ولكن غير سوى إلا الا كل بعض أي أيضا ايضا كما مثل "
        + "بين بعد قبل عند لدى منذ خلال نحو ضد دون تحت فوق أمام امام وراء حول عبر ضمن سوف أنه انه أنها انها إنه انه "
        + "له لها لهم به بها بهم فيه فيها فيهم منه منها منهم عليه عليها عليهم إليه اليه إليها اليها عنه عنها "
        + "وفي ومن وعلى وإلى والى وعن ومع وأن وان وإن وقد ولم ولن ولا وهو وهي وهم وكان وكانت وهذا وهذه وذلك وكل "
        + "فقد فإن فان فلا فهو فهي كذلك لذلك ولذلك بأن بان بأنه بانه بأنها بانها لأنه لانه بينما وبين");

    public static int Count(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var count = 0;
        Span<char> folded = stackalloc char[64];
        foreach (var range in line.AsSpan().SplitAny(Breaks))
        {
            var word = line.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }
            // Folded on the stack: this runs on the words of most lines of every article.
            var one = ArabicNormalizer.TryNormalize(word, folded, out var length) ? IsOne(folded[..length]) : IsOne(ArabicNormalizer.Normalize(word));
            count += one ? 1 : 0;
        }
        return count;
    }

    // A word already folded as ArabicNormalizer folds it; behind a joined «و» or «ف» too («وفي», «فلم»).
    public static bool IsOne(string folded) => IsOne(folded.AsSpan());

    public static bool IsOne(ReadOnlySpan<char> folded) =>
        Lookup.Contains(folded) || folded.Length > 2 && folded[0] is 'و' or 'ف' && Lookup.Contains(folded[1..]) || IsCliticBearing(folded);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // The future's «س» on a verb («سيغادر», «ستعقد») or a plural pronoun joined to a word
    // («والدهم», «بلادكم»): grammar a name, a place or a label does not carry.
    private static bool IsCliticBearing(ReadOnlySpan<char> word) =>
        word.Length >= 5 && (word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن'
            || word.EndsWith("هم", StringComparison.Ordinal) || word.EndsWith("كم", StringComparison.Ordinal) || word.EndsWith("هن", StringComparison.Ordinal));

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create([' ', '\u00A0', '،', ',', '.', ':', '؛', ';', '!', '?', '؟', '(', ')', '«', '»', '"', '-', '–', '—', '|', '/']);

    private static HashSet<string> Build(string words) =>
        [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => ArabicNormalizer.Normalize(w))];
}

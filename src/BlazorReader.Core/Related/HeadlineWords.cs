using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related;

// A headline as the list rules need it: a key for "the same headline" (normalised words, so a
// diacritic or hamza changes nothing) and its words as a reader would quote them, by stem,
// for the reason shown beside a link.
public sealed record HeadlineWords(ulong Key, HeadlineWord[] Words)
{
    private const string Clitics = "وفبلك";

    public static HeadlineWords Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var key = TitleKey.From(title);
        var words = ArabicTextAnalyzer.Analyze(title)
            .Select(t => new HeadlineWord(StableHash.Fnv1a(t.Stem), Display(title[t.Start..t.End], t.Stem)))
            .DistinctBy(w => w.Stem)
            .ToArray();
        return new HeadlineWords(key.Length == 0 ? 0 : StableHash.Mix(StableHash.Fnv1a(key)), words);
    }

    // The word without the conjunction or preposition glued in front («وصنعاء» → «صنعاء»,
    // «للحوثيين» → «الحوثيين»), so a reason reads as a list of names.
    private static string Display(string word, string stem)
    {
        var normalised = ArabicNormalizer.Normalize(word);
        if (normalised.StartsWith("لل", StringComparison.Ordinal) && !stem.StartsWith('ل') && word.Length > 4)
        {
            return "ال" + word[2..];
        }

        // A conjunction leaves three letters at least; a preposition four («باني» stays).
        while (Clitics.Contains(word[0], StringComparison.Ordinal) && !stem.StartsWith(word[0]) && word[1] != word[0] &&
            word.Length > (word[0] is 'و' or 'ف' ? 3 : 4))
        {
            word = word[1..];
        }

        return word;
    }
}

public sealed record HeadlineWord(ulong Stem, string Display);

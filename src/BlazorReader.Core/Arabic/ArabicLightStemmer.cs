namespace BlazorReader.Core.Arabic;

// A light stemmer for normalised words, built to conflate what a reader types with what a
// newspaper prints: «وبالمدارس», «المدارس» and «مدارس» share a stem. Unlike Light10 (Lucene's
// ArabicStemFilter) it removes stacked proclitics (conjunction, then preposition, then
// article) and single-letter prepositions, and it asks ArabicStemGuard before removing
// anything, so «وزارة», «بيان» and «لبنان» keep their first letter.
public static class ArabicLightStemmer
{
    private const int MinimumStem = 2;
    private const int MinimumAfterSingleLetter = 3;

    // Longest first so that «وبال» is taken whole rather than as «و» then «بال».
    private static readonly string[] ArticleClitics =
        ["وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"];

    public static string Stem(string normalisedWord)
    {
        if (normalisedWord.Length < 3 || !IsArabicLetter(normalisedWord[0]))
        {
            return normalisedWord;
        }

        ReadOnlySpan<char> word = normalisedWord;
        var rest = MayStartWithClitic(word[0]) && !IsGuarded(word) ? RemoveProclitics(word) : word;
        rest = rest[..ArabicSuffixStripper.StrippedLength(rest)];
        return rest.Length == word.Length ? normalisedWord : new string(rest);
    }

    private static ReadOnlySpan<char> RemoveProclitics(ReadOnlySpan<char> word)
    {
        foreach (var clitic in ArticleClitics)
        {
            if (word.StartsWith(clitic, StringComparison.Ordinal) && word.Length - clitic.Length >= MinimumStem)
            {
                // «وللبنان» is و + ل + «لبنان», not و + لل + «بنان».
                var withLam = word[(clitic.Length - 1)..];
                return clitic.EndsWith("لل", StringComparison.Ordinal) && IsGuarded(withLam) ? withLam : word[clitic.Length..];
            }
        }

        // Bare clitics: a conjunction, then a preposition, each only if what is left is
        // long enough and not a guarded word.
        word = RemoveSingle(word, "وف");
        return RemoveSingle(word, "بكل");
    }

    private static ReadOnlySpan<char> RemoveSingle(ReadOnlySpan<char> word, string clitics) =>
        word.Length - 1 >= MinimumAfterSingleLetter && clitics.Contains(word[0]) && !IsGuarded(word) ? word[1..] : word;

    private static bool IsGuarded(ReadOnlySpan<char> word) =>
        ArabicStemGuard.Protects(word) || ArabicStemGuard.Protects(word[..ArabicSuffixStripper.StrippedLength(word)]);

    private static bool MayStartWithClitic(char c) => c is 'و' or 'ف' or 'ب' or 'ك' or 'ل' or 'ا';

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';
}

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

        var withoutProclitics = IsGuarded(normalisedWord) ? normalisedWord : RemoveProclitics(normalisedWord);
        return ArabicSuffixStripper.Strip(withoutProclitics);
    }

    private static string RemoveProclitics(string word)
    {
        foreach (var clitic in ArticleClitics)
        {
            if (word.StartsWith(clitic, StringComparison.Ordinal) && word.Length - clitic.Length >= MinimumStem)
            {
                var rest = word[clitic.Length..];
                // «وللبنان» is و + ل + «لبنان», not و + لل + «بنان».
                return clitic.EndsWith("لل", StringComparison.Ordinal) && IsGuarded("ل" + rest) ? "ل" + rest : rest;
            }
        }

        // Bare clitics: a conjunction, then a preposition, each only if what is left is
        // long enough and not a guarded word.
        word = RemoveSingle(word, 'و', 'ف');
        return RemoveSingle(word, 'ب', 'ك', 'ل');
    }

    private static string RemoveSingle(string word, params ReadOnlySpan<char> clitics)
    {
        if (word.Length - 1 < MinimumAfterSingleLetter || !clitics.Contains(word[0]))
        {
            return word;
        }

        return IsGuarded(word) ? word : word[1..];
    }

    private static bool IsGuarded(string word) =>
        ArabicStemGuard.Protects(word) || ArabicStemGuard.Protects(ArabicSuffixStripper.Strip(word));

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';
}

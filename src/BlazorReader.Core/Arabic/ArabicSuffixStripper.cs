namespace BlazorReader.Core.Arabic;

// Removes possessive/object pronouns, then one inflectional ending, from a normalised word.
// Pronouns go first because they sit outside the ending: «سيارات|ها», «مدرست|ها».
// Every removal must leave at least three letters: Arabic roots are (mostly) three letters,
// and shorter remainders are where light stemmers start to merge unrelated words.
// Works on spans and returns lengths: it runs for every word of every article.
public static class ArabicSuffixStripper
{
    private const int MinimumStem = 3;

    // «كم»/«كن» are left out: second-person plurals are rare in news, while words that
    // merely end in them («محاكم», «تراكم») are common.
    private static readonly string[] Pronouns = ["هما", "ها", "هم", "هن", "نا"];

    private static readonly string[] Endings = ["ات", "ون", "ين", "ان", "يه", "ه", "ي"];

    public static string Strip(string word)
    {
        var length = StrippedLength(word);
        return length == word.Length ? word : word[..length];
    }

    public static int StrippedLength(ReadOnlySpan<char> word)
    {
        var withoutPronoun = LengthWithout(word, Pronouns);
        if (withoutPronoun < word.Length && withoutPronoun > MinimumStem && word[withoutPronoun - 1] == 'ت')
        {
            // «مدرستها» is «مدرسة» + «ها»: the taa marbuta shows up as ت before a pronoun.
            return withoutPronoun - 1;
        }

        return LengthWithout(word[..withoutPronoun], Endings);
    }

    private static int LengthWithout(ReadOnlySpan<char> word, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (word.Length - suffix.Length >= MinimumStem && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word.Length - suffix.Length;
            }
        }

        return word.Length;
    }
}

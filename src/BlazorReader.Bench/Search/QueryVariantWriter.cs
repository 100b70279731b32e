using System.Text;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Bench.Search;

// Rewrites a title the way readers mistype or retype it: spelling variants of hamza, taa
// marbuta and alef maqsura; added diacritics and tatweel; clitics added or removed.
internal sealed class QueryVariantWriter(Random random)
{
    private static readonly char[] Marks = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u064C', '\u064D'];

    public string? Orthography(string title)
    {
        var output = new StringBuilder(title.Length);
        var changed = false;
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            var atWordStart = i == 0 || !char.IsLetter(title[i - 1]);
            var atWordEnd = i == title.Length - 1 || !char.IsLetter(title[i + 1]);
            char? swap = c switch
            {
                'أ' or 'إ' or 'آ' => 'ا',
                'ا' when atWordStart => random.Next(2) == 0 ? 'أ' : 'إ',
                'ة' => 'ه',
                'ه' when atWordEnd => 'ة',
                'ى' => 'ي',
                'ي' when atWordEnd => 'ى',
                _ => null,
            };
            var take = swap is not null && random.NextDouble() < 0.6;
            output.Append(take ? swap!.Value : c);
            changed |= take;
        }

        return changed ? output.ToString() : null;
    }

    public string Diacritics(string title)
    {
        var output = new StringBuilder(title.Length * 2);
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            output.Append(c);
            if (c is < '\u0621' or > '\u064A') continue;
            if (random.NextDouble() < 0.35) output.Append(Marks[random.Next(Marks.Length)]);
            // Tatweel only joins letters that connect to the next one.
            if (i + 1 < title.Length && char.IsLetter(title[i + 1]) && "ادذرزوةى".IndexOf(c) < 0 && random.NextDouble() < 0.12)
                output.Append('\u0640', 1 + random.Next(3));
        }

        return output.ToString();
    }

    public string? Clitics(string title)
    {
        var words = title.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => IsContentWord(words[i])).ToList();
        if (candidates.Count == 0) return null;
        foreach (var i in candidates.OrderBy(_ => random.Next()).Take(1 + random.Next(2)))
        {
            words[i] = Recliticise(words[i]);
        }

        return string.Join(' ', words);
    }

    // A word that already carries the article (with or without a conjunction or preposition)
    // is rewritten from its bare form; a word that merely starts with a clitic-like letter
    // is left alone (IsContentWord), since «وفاكهة» + «لل» is no word anyone types.
    private string Recliticise(string word)
    {
        var bare = WithoutArticle(word);
        if (bare is not null)
        {
            string[] rewritten = [bare, "ال" + bare, "وال" + bare, "بال" + bare, "لل" + bare, "فال" + bare];
            return rewritten.Where(w => w != word).ElementAt(random.Next(rewritten.Length - 1));
        }

        string[] added = ["و" + word, "ب" + word, "ال" + word, "وال" + word, "بال" + word, "لل" + word, "ول" + word];
        return added[random.Next(added.Length)];
    }

    private static string? WithoutArticle(string word)
    {
        foreach (var prefix in (string[])["وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال"])
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= 3) return word[prefix.Length..];
        }

        return null;
    }

    private static bool IsContentWord(string word) =>
        word.Length >= 4 && word.All(c => c is >= '\u0621' and <= '\u064A')
        && (WithoutArticle(word) is not null || "وفبكل".IndexOf(word[0]) < 0)
        && !ArabicStopwords.Contains(ArabicNormalizer.Normalize(word));
}

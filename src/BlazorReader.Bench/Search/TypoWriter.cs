using BlazorReader.Core.Arabic;

namespace BlazorReader.Bench.Search;

// Mistypes one word the ways fingers slip, drawn by kind rather than from a list of known
// typos: a letter dropped, doubled, swapped with its neighbour, or replaced by a letter
// whose key touches it or by one readers confuse with it (ة/ه, ى/ي, the alef and hamza
// forms). The word is changed as printed, before any normalisation.
internal sealed class TypoWriter(Random random)
{
    private static readonly string[] Confusions = ["ةه", "ىي", "أإآا", "ءؤئ"];

    public string? Mistype(string word)
    {
        if (word.Length < 2) return null;
        var i = random.Next(word.Length);
        var roll = random.NextDouble();
        string? typed = roll switch
        {
            < 0.2 => word.Remove(i, 1),
            < 0.4 => word.Insert(i, word[i].ToString()),
            < 0.6 => Swap(word, Math.Min(i, word.Length - 2)),
            < 0.9 => Replace(word, i, ArabicKeyboard.Neighbours(word[i])),
            _ => Confuse(word),
        };
        return typed is null || typed == word ? null : typed;
    }

    private static string? Swap(string word, int i) =>
        word[i] == word[i + 1] ? null : string.Concat(word.AsSpan(0, i), [word[i + 1], word[i]], word.AsSpan(i + 2));

    private string? Replace(string word, int i, string choices) =>
        choices.Length == 0 ? null : string.Concat(word.AsSpan(0, i), [choices[random.Next(choices.Length)]], word.AsSpan(i + 1));

    private string? Confuse(string word)
    {
        var spots = Enumerable.Range(0, word.Length).Where(i => Confusions.Any(g => g.Contains(word[i], StringComparison.Ordinal))).ToList();
        if (spots.Count == 0) return null;
        var at = spots[random.Next(spots.Count)];
        var others = Confusions.First(g => g.Contains(word[at], StringComparison.Ordinal)).Replace(word[at].ToString(), "", StringComparison.Ordinal);
        return Replace(word, at, others);
    }
}

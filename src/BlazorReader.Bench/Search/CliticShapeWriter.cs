namespace BlazorReader.Bench.Search;

// Adds proclitics to a word or drops them, composed from their shapes rather than taken from
// a list: an optional conjunction (و، ف), an optional preposition (ب، ك، ل) and an optional
// article, with ل + ال written «لل». Both directions, so a query may carry more clitics than
// the headline («والمدارس» for «المدارس») or fewer («مدارس» for «بالمدارس»).
internal sealed class CliticShapeWriter(Random random)
{
    private const int MinimumStem = 3;

    public string Rewrite(string word)
    {
        var (prefix, stem) = Split(word);
        string rewritten;
        do
        {
            rewritten = Compose(stem);
        }
        while (rewritten == word);
        return prefix.Length > 0 && random.Next(3) == 0 ? stem : rewritten;
    }

    // The article-bearing prefix of a word, if it has one: only then is dropping it safe to
    // call a clitic change (a bare word's first «و» or «ب» may be its own letter).
    public static (string Prefix, string Stem) Split(string word)
    {
        foreach (var conjunction in (string[])["و", "ف", ""])
        {
            foreach (var article in (string[])["بال", "كال", "لل", "ال"])
            {
                var prefix = conjunction + article;
                if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= MinimumStem)
                {
                    return (prefix, word[prefix.Length..]);
                }
            }
        }

        return ("", word);
    }

    private string Compose(string stem)
    {
        var conjunction = random.Next(3) switch { 0 => "و", 1 => "ف", _ => "" };
        var preposition = random.Next(4) switch { 0 => "ب", 1 => "ك", 2 => "ل", _ => "" };
        var article = random.Next(2) == 0;
        var prefix = (preposition, article) switch
        {
            ("ل", true) => "لل",
            (_, true) => preposition + "ال",
            _ => preposition,
        };
        return conjunction + prefix + stem;
    }
}

namespace BlazorReader.Search.Completion;

// What the reader has typed so far, in the completion set's form. A trailing space is kept:
// «وزير » asks for what follows the whole word, not for «وزيرة».
internal sealed record TypedPrefix(string Text, int Letters)
{
    public static TypedPrefix From(string typed)
    {
        var words = CompletionText.Words(typed);
        var text = CompletionText.Key(words);
        if (words.Count > 0 && words[^1].End < typed.Length && char.IsWhiteSpace(typed[^1]))
        {
            text += " ";
        }
        return new TypedPrefix(text, words.Sum(w => w.Normal.Length));
    }

    // The typed text first, then its first word with leading clitics taken off (و ف, then
    // ب ك ل; «لل» is ل before ال) or with ال put on: «والسعو» finds «السعودية», «رياض» finds
    // «الرياض». These only fill places the typed text leaves empty, so a word that merely
    // starts like a clitic («وزير») keeps its own completions first. A variant must keep two
    // letters, or three when it starts with ال, or it would match half the set.
    public IEnumerable<string> Variants()
    {
        yield return Text;
        var space = Text.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? Text : Text[..space];
        var rest = space < 0 ? "" : Text[space..];
        var seen = new HashSet<string>(StringComparer.Ordinal) { first };
        foreach (var stripped in Stripped(first))
        {
            if (seen.Add(stripped) && Specific(stripped))
            {
                yield return stripped + rest;
            }
        }
        if (!first.StartsWith("ال", StringComparison.Ordinal) && first.Length >= 2 && seen.Add("ال" + first))
        {
            yield return "ال" + first + rest;
        }
    }

    private static IEnumerable<string> Stripped(string word)
    {
        var afterConjunction = word.Length > 1 && word[0] is 'و' or 'ف' ? word[1..] : word;
        if (afterConjunction != word)
        {
            yield return afterConjunction;
        }
        if (afterConjunction.StartsWith("لل", StringComparison.Ordinal))
        {
            yield return "ال" + afterConjunction[2..];
        }
        else if (afterConjunction.Length > 1 && afterConjunction[0] is 'ب' or 'ك' or 'ل')
        {
            yield return afterConjunction[1..];
        }
    }

    private static bool Specific(string word) => word.StartsWith("ال", StringComparison.Ordinal) ? word.Length >= 3 : word.Length >= 2;
}

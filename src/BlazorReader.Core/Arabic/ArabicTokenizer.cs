using System.Globalization;

namespace BlazorReader.Core.Arabic;

// Splits on anything that is not part of a word. Diacritics, tatweel and zero-width joiners
// belong to the word they sit in («مُـدَرِّسَة» is one token), so they are word characters
// here and only removed later by the normalizer.
public static class ArabicTokenizer
{
    public static IEnumerable<ArabicToken> Tokenize(string text) =>
        Bounds(text).Select(b => new ArabicToken(text[b.Start..b.End], b.Start, b.End));

    // Where each word starts and ends, without copying it out: for readers that look at
    // most words only briefly (snippets scan long bodies).
    public static IEnumerable<(int Start, int End)> Bounds(string text)
    {
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var kind = Classify(text[i]);
            if (kind == CharKind.Word || (kind == CharKind.Joiner && start >= 0))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                yield return (start, End(text, start, i));
                start = -1;
            }
        }

        if (start >= 0)
        {
            yield return (start, End(text, start, text.Length));
        }
    }

    private static int End(string text, int start, int end)
    {
        // A trailing joiner or bidi mark is not part of what a highlight should cover.
        while (end > start && Classify(text[end - 1]) == CharKind.Joiner)
        {
            end--;
        }

        return end;
    }

    private enum CharKind { Separator, Word, Joiner }

    private static CharKind Classify(char c)
    {
        if (c < '\u0080')
        {
            return char.IsAsciiLetterOrDigit(c) ? CharKind.Word : CharKind.Separator;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => CharKind.Word,
            UnicodeCategory.Format => CharKind.Joiner,
            _ => CharKind.Separator,
        };
    }
}

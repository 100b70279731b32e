using System.Text;

namespace BlazorReader.Core.Arabic;

// Folds the spellings a reader types and a newspaper prints onto one form, so that
// «الإمارات» and «الامارات», «مدرسة» and «مدرسه», «ک» and «ك» meet in the index.
// A char loop rather than regex: it runs over every word of 31,000 articles.
public static class ArabicNormalizer
{
    public static string Normalize(string text) => Normalize(text.AsSpan());

    public static string Normalize(ReadOnlySpan<char> text)
    {
        // Fast path for ordinary words: one stack buffer, one string.
        if (text.Length <= 64)
        {
            Span<char> buffer = stackalloc char[text.Length];
            if (TryNormalize(text, buffer, out var length))
            {
                return new string(buffer[..length]);
            }
        }

        return NormalizeExpanding(text);
    }

    // Normalises into the caller's buffer, for callers that test a word before keeping it.
    // False when the word does not fit or holds presentation forms, which expand.
    public static bool TryNormalize(ReadOnlySpan<char> text, Span<char> destination, out int length)
    {
        length = 0;
        if (text.Length > destination.Length)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (IsPresentationForm(c))
            {
                return false;
            }

            var folded = Fold(c);
            if (folded != '\0')
            {
                destination[length++] = folded;
            }
        }

        return true;
    }

    private static string NormalizeExpanding(ReadOnlySpan<char> text)
    {
        var output = new StringBuilder(text.Length);
        AppendNormalized(text, output);
        return output.ToString();
    }

    public static void AppendNormalized(ReadOnlySpan<char> text, StringBuilder output)
    {
        foreach (var c in text)
        {
            if (IsPresentationForm(c) && c.ToString().Normalize(NormalizationForm.FormKC) is var expanded
                && (expanded.Length != 1 || expanded[0] != c))
            {
                // Ligatures such as «ﻷ» expand to several letters that need folding in turn.
                // Those with no compatibility form («﴾», «﷽» and unassigned points) are kept as
                // printed: expanding them to themselves recursed until the stack overflowed.
                AppendNormalized(expanded, output);
                continue;
            }

            var folded = Fold(c);
            if (folded != '\0')
            {
                output.Append(folded);
            }
        }
    }

    // Returns '\0' for characters that carry no meaning for search. A table of every char,
    // built once from the rules below: it runs on every character the cleaner and the index read.
    public static char Fold(char c) => FoldTable[c];

    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = FoldByRule((char)c);
        }
        return table;
    }

    private static char FoldByRule(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        < '\u0080' => c,
        _ when IsIgnorable(c) => '\0',
        '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u0672' or '\u0673' or '\u0675' => '\u0627',
        '\u0649' or '\u0626' or '\u06CC' or '\u06D0' or '\u06D2' or '\u06CD' or '\u06CE' or '\u0678' => '\u064A',
        '\u0629' or '\u06C0' or '\u06C1' or '\u06C2' or '\u06C3' or '\u06D5' or '\u06BE' => '\u0647',
        '\u0624' or '\u0676' => '\u0648',
        '\u06A9' or '\u06AA' or '\u06AF' => '\u0643',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ when char.IsUpper(c) => char.ToLowerInvariant(c),
        _ => c,
    };

    // Diacritics, tatweel, Quranic annotation marks, zero-width and bidi controls.
    public static bool IsIgnorable(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' => true,
        '\u0670' or '\u0640' or '\u061C' or '\u00AD' or '\uFEFF' => true,
        >= '\u0610' and <= '\u061A' => true,
        >= '\u06D6' and <= '\u06ED' and not '\u06E5' and not '\u06E6' => true,
        >= '\u200B' and <= '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

    private static bool IsPresentationForm(char c) =>
        c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE') or (>= '\uFF01' and <= '\uFF5E');
}

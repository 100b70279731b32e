using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A forum member's signature under a reposted story: «التوقيع», or a rule of tatweel or
// underscores (no line of the corpus is one), then a few short lines (a dua, a motto, thanks)
// to the page's end. Where longer lines or a sentence of the story's follow, only the rule or
// the label goes: what follows may be the story's.
internal static partial class ForumSignature
{
    private const int MaxLines = 12;
    private const int MaxLineLength = 150;

    public static void Take(CleaningContext context, int lead)
    {
        var lines = context.Lines;
        for (var i = Math.Max(lead + 1, 1); i < lines.Count; i++)
        {
            if (lines[i].Tweet is not null || !Opening().IsMatch(lines[i].Text) || !lines.Take(i).Any(ProseLine.IsParagraph))
            {
                continue;
            }
            var below = lines.Skip(i + 1).ToList();
            var signature = below.Count <= MaxLines && below.TrueForAll(l => l.Tweet is null && l.Text.Length <= MaxLineLength && !IsStorySentence(l.Text));
            foreach (var line in (signature ? lines.Skip(i) : lines.Skip(i).Take(1)).ToList())
            {
                context.Remove(line, "signature");
            }
            if (signature)
            {
                return;
            }
            i--;
        }
    }

    // A long sentence with a sentence's little words is the story's, even under a rule (a page
    // break of a copied document, then the story's last paragraph): a dua or a motto is short.
    private static bool IsStorySentence(string line) =>
        line.Length >= 100 && FunctionWords.Count(line) >= 3 && ProseLine.EndsLikeASentence(line);

    [GeneratedRegex(@"^\s*([ـ_]{5,}|\W*(التوقيع|توقيع\s+العضو)\W*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();
}

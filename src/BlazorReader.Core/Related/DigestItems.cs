using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related;

// A digest is one paper's several separate items under one headline: after the lead item a
// paragraph opens "من جهة أخرى،" ("on another front") and tells another event. Its headline
// names the lead item, so another paper's report of a later item is not the same story.
public static class DigestItems
{
    // Transitions that open another item. "Meanwhile" and "besides" (في غضون ذلك، إلى ذلك،
    // من جانب آخر) often add another side of the same event instead; such a text still links
    // where the other text holds its lead item. Normalised, so «أخرى»/«اخرى» and a joined «و»
    // or «ف» ("ومن جهة أخرى") all match.
    private static readonly string[] Transitions = [.. new[]
    {
        "من جهة أخرى", "من جهة ثانية", "من ناحية أخرى", "من ناحية ثانية", "على صعيد آخر",
        "على صعيد منفصل", "في سياق آخر", "في سياق منفصل", "في شأن آخر", "في موضوع آخر",
        "في خبر آخر", "في تطور آخر", "من جانب آخر", "في غضون ذلك", "إلى ذلك", "في الأثناء",
    }.Select(ArabicNormalizer.Normalize)];

    private const int Opening = 24;

    // The body up to the first paragraph that opens another item; null when no paragraph
    // does (not a digest) or nothing comes before it.
    public static string? LeadItem(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0)
            {
                return null;
            }

            start = end + 1;
            if (OpensAnotherItem(body.AsSpan(start)))
            {
                var lead = body[..end];
                return string.IsNullOrWhiteSpace(lead) ? null : lead;
            }
        }

        return null;
    }

    private static bool OpensAnotherItem(ReadOnlySpan<char> paragraph)
    {
        var trimmed = paragraph.TrimStart();
        var opening = ArabicNormalizer.Normalize(trimmed[..Math.Min(Opening, trimmed.Length)]);
        return Starts(opening) || (opening.Length > 1 && opening[0] is 'و' or 'ف' && Starts(opening[1..]));
    }

    private static bool Starts(string opening)
    {
        foreach (var transition in Transitions)
        {
            if (opening.StartsWith(transition, StringComparison.Ordinal) &&
                (opening.Length == transition.Length || !char.IsLetter(opening[transition.Length])))
            {
                return true;
            }
        }

        return false;
    }
}

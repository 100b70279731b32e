namespace BlazorReader.Core.Cleaning;

// A line in Latin capitals alone on an Arabic page: an agency's slug, restrictions and fields
// («STORY NO: 40666», «NO SALES. NO ARCHIVES.», «SHOTLIST:»), a section's name in the site's
// English menu, or a capital label opening an English field («SOUNDBITE (Arabic) …:»). An
// Arabic story quotes English in sentences, in the case sentences are written in; the page's
// language is asked so that an English page's headings stay.
internal static class LatinCapitalsLine
{
    private const int MaxLength = 90;
    private const int MinCapitals = 4;

    public static bool Is(string line)
    {
        if (line.Length > MaxLength || line.Contains("://", StringComparison.Ordinal) || line.Contains('@') || line.Contains('#'))
        {
            return false;
        }
        var (capitals, lower, arabic) = (0, 0, 0);
        foreach (var c in line)
        {
            if (c is >= 'A' and <= 'Z')
            {
                capitals++;
            }
            else if (c is >= 'a' and <= 'z')
            {
                lower++;
            }
            else if (c is >= '\u0621' and <= '\u064A')
            {
                arabic++;
            }
        }
        // «PICTURE ١٢ من 28»: a counter's «من» is the only Arabic such a line carries.
        if (capitals < MinCapitals || arabic > 2)
        {
            return false;
        }
        return lower == 0 || CapitalLabel(line);
    }

    // «SOUNDBITE (Arabic) Nora Taylor, resident:»: a word of capitals, then a colon or a bracket.
    private static bool CapitalLabel(string line)
    {
        var text = line.TrimStart();
        var end = 0;
        while (end < text.Length && text[end] is >= 'A' and <= 'Z')
        {
            end++;
        }
        return end >= MinCapitals && end < text.Length && text[end..].TrimStart() is [':' or '(', ..];
    }

    // Whether the page is written in Arabic: more Arabic letters than Latin over its lines.
    public static bool IsArabicPage(IEnumerable<string> lines)
    {
        var (arabic, latin) = (0, 0);
        foreach (var c in lines.SelectMany(l => l))
        {
            if (c is >= '\u0621' and <= '\u064A')
            {
                arabic++;
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                latin++;
            }
        }
        return arabic > 2 * latin;
    }
}

using System.Globalization;
using System.Text;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// How furniture is inked on the pages this catalogue copies from: drawn-out letters in
// badges, Persian digits on Iranian services, direction marks around Latin runs, entities a
// scraper never decoded and escapes left by a JSON dump. Only noise lines are inked so:
// the story's lines keep their letters, and the referee only forgives marks and spaces.
internal static class Ink
{
    private const string NonJoining = "اأإآدذرزوؤةىء";

    // Tatweel after a joining letter inside a word: «عــاجــل», «إعـــلان».
    public static string Stretch(string text, DressingRandom r)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            sb.Append(text[i]);
            var joins = text[i] is >= '\u0628' and <= '\u064A' && !NonJoining.Contains(text[i], StringComparison.Ordinal);
            if (joins && i + 1 < text.Length && char.IsLetter(text[i + 1]) && r.Chance(0.45))
            {
                sb.Append('\u0640', r.Between(1, 4));
            }
        }
        return sb.ToString();
    }

    // The digits of Persian pages (Extended Arabic-Indic), not the Arabic-Indic of Arab pages.
    public static string Persian(string text) =>
        string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('\u06F0' + (c - '0')) : c));

    public static string Persian(int value) => Persian(value.ToString(CultureInfo.InvariantCulture));

    // One script of digits per line, as a page prints them; a point or comma between digits
    // takes the script's own separator, any other (an abbreviation's point) stays.
    public static string Digits(string text, int script)
    {
        if (script == 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var between = i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
            sb.Append(c switch
            {
                >= '0' and <= '9' => (char)((script == 2 ? '\u06F0' : '\u0660') + (c - '0')),
                '.' when between => '\u066B',
                ',' when between => '\u066C',
                _ => c,
            });
        }
        return sb.ToString();
    }

    public static string Mark(DressingRandom r) => r.Pick("\u200E", "\u200F", "\u061C");

    // A Latin run (a phone number, an address) set between the marks a bidi-aware editor adds.
    public static string Isolate(string latin, DressingRandom r) => r.Chance(0.5) ? "\u200E" + latin + "\u200E" : r.Chance(0.5) ? "\u2066" + latin + "\u2069" : latin;

    // What a page's HTML left in when the extractor skipped decoding: named and numeric refs.
    public static string Undecoded(string text, DressingRandom r)
    {
        var sb = new StringBuilder(text.Length * 2);
        var numeric = r.Chance(0.3);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' or '«' or '»' => "&quot;",
                '&' => "&amp;",
                ' ' when r.Chance(0.2) => "&nbsp;",
                >= '\u0621' and <= '\u064A' when numeric => "&#" + ((int)c).ToString(CultureInfo.InvariantCulture) + ";",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    // A JSON dump's string as it was stored: Arabic as \uXXXX, quotes escaped.
    public static string Escaped(string text) =>
        string.Concat(text.Select(c => c switch
        {
            '"' => "\\\"",
            > '\u007F' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            _ => c.ToString(),
        }));
}

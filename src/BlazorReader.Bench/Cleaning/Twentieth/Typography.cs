using System.Text;

namespace BlazorReader.Bench.Cleaning.Twentieth;

// What copied chrome carries besides its words: tatweel drawn out in a label, a direction
// mark where a Latin run meets Arabic, no-break spaces, digits in either script. Used on noise
// and on the lines this catalogue writes, never inside the corpus article's own lines.
internal static class Typography
{
    private const string NonJoining = "اأإآدذرزوؤةىء";

    public static string Mark(DressingRandom r) => r.Pick("\u200E", "\u200F", "\u061C");

    // One word of a label stretched with tatweel between two joining letters, as themes do.
    public static string Stretch(DressingRandom r, string text, double chance = 0.2)
    {
        if (!r.Chance(chance))
        {
            return text;
        }
        var words = text.Split(' ');
        var i = r.Next(words.Length);
        var w = words[i];
        for (var at = 1; at < w.Length; at++)
        {
            if (IsArabicLetter(w[at - 1]) && IsArabicLetter(w[at]) && !NonJoining.Contains(w[at - 1], StringComparison.Ordinal) && r.Chance(0.5))
            {
                words[i] = w[..at] + new string('ـ', r.Between(1, 3)) + w[at..];
                break;
            }
        }
        return string.Join(' ', words);
    }

    // Digits as the page printed them: an Arabic-Indic page or a Western one.
    public static string Digits(DressingRandom r, string text) => r.Chance(0.4) ? DressingRandom.ToArabicIndic(text) : text;

    // A year is never grouped («2015», not «2,015»), whatever the page does with counts.
    public static string Year(DressingRandom r, int year) => Digits(r, year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    // A space a page wrote as a no-break space, or a mark at a Latin run's edge.
    public static string Space(DressingRandom r) => r.Pick(" ", " ", " ", "\u00A0", " \u200F");

    public static string Wrap(DressingRandom r, string latin) => r.Chance(0.3) ? Mark(r) + latin + Mark(r) : latin;

    // Short counts the way Arabic pages abbreviate them: «١٫٢ ألف», «3.4K».
    public static string Compact(DressingRandom r, int value)
    {
        if (value < 1000)
        {
            return r.Number(value);
        }
        var thousands = (value / 100) / 10.0;
        var text = thousands.ToString(thousands % 1 == 0 ? "0" : "0.0", System.Globalization.CultureInfo.InvariantCulture);
        return r.Pick(0, 1, 2) switch
        {
            0 => DressingRandom.ToArabicIndic(text) + " ألف",
            1 => text + " ألف",
            _ => text + "K",
        };
    }

    public static string Join(DressingRandom r, IEnumerable<string> parts) => string.Join(r.Pick(" | ", " · ", " - ", "  ", " • ", "|"), parts);

    public static string Bullet(DressingRandom r) => r.Pick("• ", "- ", "◂ ", "▪ ", "* ", "");

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A' && c != 'ـ';

    public static string Squash(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c == ' ' ? '\u00A0' : c);
        }
        return sb.ToString();
    }
}

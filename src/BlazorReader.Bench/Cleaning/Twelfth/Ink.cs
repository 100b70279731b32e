namespace BlazorReader.Bench.Cleaning.Twelfth;

// The small marks a page sets its chrome in: bullets, quotes, colons spaced or not, commas in
// either script, tatweel stretching a label, digits in either script. Body text never passes
// through here, only noise, so none of it can change what the reader must get back.
internal static class Ink
{
    private const string Joining = "بتثجحخسشصضطظعغفقكلمنهيئـ";

    public static string Bullet(DressingRandom r) => r.Pick("• ", "· ", "- ", "– ", "— ", "| ", "* ", "▪ ", "◂ ", "•", "» ");

    public static string Colon(DressingRandom r) => r.Pick(": ", " : ", ":", " :", ":  ");

    public static string Comma(DressingRandom r) => r.Pick("، ", ", ", "،", " ، ");

    public static string Bar(DressingRandom r) => r.Pick(" | ", "|", " • ", " · ", " - ", " – ", " — ", "  ");

    public static string Quote(DressingRandom r, string text) => r.Pick("«" + text + "»", "\"" + text + "\"", "“" + text + "”", text);

    public static string Digits(DressingRandom r, string text) => r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;

    public static string Digits(DressingRandom r, int value) => Digits(r, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    // A label stretched with tatweel the way headings on some regional pages are («اقـرأ أيضـاً»).
    public static string Stretch(DressingRandom r, string label, double p = 0.15)
    {
        if (!r.Chance(p))
        {
            return label;
        }
        var chars = label.ToCharArray();
        var sb = new System.Text.StringBuilder(label.Length + 3);
        for (var i = 0; i < chars.Length; i++)
        {
            sb.Append(chars[i]);
            if (i + 1 < chars.Length && Joining.Contains(chars[i]) && chars[i + 1] is >= '\u0621' and <= '\u064A' && r.Chance(0.3))
            {
                sb.Append('ـ');
            }
        }
        return sb.ToString();
    }

    // One label from synonyms, sometimes with a tail word («اقرأ أيضا» / «اقرأ أيضاً:» / «إقرأ ايضا ←»).
    public static string Label(DressingRandom r, string[] words, string[]? tails = null)
    {
        var word = Stretch(r, r.Pick(words));
        return tails is null ? word : word + r.Pick(tails);
    }

    // A few sequences a scraper leaves at a line's ends; noise lines only.
    public static string Marks(DressingRandom r, string line) =>
        (r.Chance(0.15) ? r.Pick("\u200F", "\u200E", "\u061C", "\uFEFF", "\u200B") : "") + line + (r.Chance(0.1) ? r.Pick("\u200F", "\u00A0", " ") : "");
}

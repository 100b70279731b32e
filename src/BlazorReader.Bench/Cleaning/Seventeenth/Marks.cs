using System.Text;

namespace BlazorReader.Bench.Cleaning.Seventeenth;

// What a chrome line carries besides its words: tatweel stretching a label, a bullet or
// arrow before it, an emoji after it. Applied to furniture only, never to the story.
internal static class Marks
{
    private const string NonJoining = "اأإآدذرزوؤةىءـ ";

    // Tatweel after a joining letter near the start, where a label is, as designers stretch it.
    public static string Stretch(string text, DressingRandom r)
    {
        if (!r.Chance(0.25))
        {
            return text;
        }
        var label = text.IndexOf(':', StringComparison.Ordinal) is > 2 and var colon ? colon - 1 : 12;
        var spots = Enumerable.Range(1, Math.Max(0, Math.Min(text.Length - 2, label)))
            .Where(i => text[i] is >= '\u0628' and <= '\u064A' && !NonJoining.Contains(text[i], StringComparison.Ordinal) && text[i + 1] is >= '\u0621' and <= '\u064A').ToList();
        if (spots.Count == 0)
        {
            return text;
        }
        var at = r.Pick<int>(spots) + 1;
        return new StringBuilder(text).Insert(at, new string('ـ', r.Between(1, 3))).ToString();
    }

    public static string Bullet(DressingRandom r) => r.Pick("", "", "• ", "◄ ", "▪ ", "- ", "« ", "» ", "※ ", "◀ ", "⬅ ", "* ");

    public static string Trailer(DressingRandom r) => r.Pick("", "", "", " ›", " »", " ←", " ▸", " …", " ⟵");

    // A row of labels as a toolbar or menu flattens them: one line with a separator, or a line each.
    public static IReadOnlyList<string> Row(IEnumerable<string> labels, DressingRandom r)
    {
        var list = labels.ToList();
        if (r.Chance(0.3))
        {
            return list;
        }
        var sep = r.Pick(" | ", " · ", "  ", " - ", " / ", " • ", "\u00A0|\u00A0", " ¦ ");
        return [string.Join(sep, list)];
    }

    // Two or three distinct picks, kept in the order drawn.
    public static List<T> Some<T>(IReadOnlyList<T> items, int min, int max, DressingRandom r) =>
        [.. items.OrderBy(_ => r.Next(1000)).Take(Math.Min(items.Count, r.Between(min, max)))];
}

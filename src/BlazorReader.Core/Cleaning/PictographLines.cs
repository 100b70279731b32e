using System.Buffers;
using System.Text;

namespace BlazorReader.Core.Cleaning;

// A line a pictograph opens («✍️ فلان (دمشق)», «🏷 الذهب، أسعار، تراجع», «📅 الخميس 9 مايو»)
// that does not read as a sentence: pages draw such icons beside their labels, a writer does
// not open a paragraph with one. A list's bullets (dots, squares, arrows) are not pictographs:
// stories print lists with them. What the line is comes from its shape: items parted by
// commas are tags, a date is a dateline, anything else a credit line for the writer.
internal static class PictographLines
{
    private const int MaxWords = 14;

    public static string? Reason(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length == 0 || Rune.DecodeFromUtf16(line, out var first, out _) != OperationStatus.Done || !IsPictograph(first))
        {
            return null;
        }
        var rest = LineIcons.Trim(line);
        if (rest.Length == 0 || rest[^1] is '.' or '!' or '?' or '؟' || FunctionWords.Count(rest) > 0
            || rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return null;
        }
        if (rest.Count(c => c is '،' or ',') >= 2)
        {
            return "tags";
        }
        return DateLines.IsDate(rest) ? "dateline" : "byline";
    }

    // Emoji past the basic plane, and the dingbats and miscellaneous symbols (✍, ☎, ⏰, ✉).
    private static bool IsPictograph(Rune r) => r.Value is >= 0x1F000 or (>= 0x2600 and <= 0x27BF) or (>= 0x2300 and <= 0x23FF);
}

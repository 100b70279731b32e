using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// What a copy from another tool brings with the text: a word processor's review balloons and
// tracked changes («Commented [HK9]: …», «Deleted: …», «تعليق [ن.أ]: …», «منسق: …»), and the
// credit line an embedded post prints under itself («A post shared by @…», «Posted by … on
// Monday, …», «منشور بواسطة @…»), a scan's zones. A story's sentence opens with none of these labels.
internal static partial class PastedMarks
{
    private const int MaxLength = 120;
    private const int MaxMarker = 30;

    public static string? Reason(string line)
    {
        if (line.Length > MaxLength)
        {
            return null;
        }
        if (ReviewBalloon().IsMatch(line) || TrackedChange().IsMatch(line))
        {
            return "review-mark";
        }
        // A few words wholly in brackets, angles or tildes on a line of their own («[عمود ٢]»,
        // «<<منطقة صورة>>», «~ Z٩ ~»): a scan's zone or a template's slot. A story brackets words
        // inside its sentences, never a line.
        if (line.Length <= MaxMarker && Marker().IsMatch(line))
        {
            return "chrome";
        }
        // A sentence that names who posted («نُشر بواسطة الوزارة …») ends in a stop.
        return EmbedCredit().IsMatch(line) && line.TrimEnd()[^1] is not ('.' or '؟' or '!') ? "widget" : null;
    }

    [GeneratedRegex(@"^(?=.*\p{L})\s*(?:\[[^\[\]()]{1,24}\]|<<?[^<>]{1,24}>>?|~[^~]{1,24}~|⟦[^⟦⟧]{1,24}⟧)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^[\W_]*(commented|comment|تعليق|ملاحظة)\s*\[[^\]\n]{1,12}\]\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewBalloon();

    [GeneratedRegex(@"^[\W_]*(deleted|formatted|inserted|moved\s+(up|down)|محذوف|منسق|مُنسق|مدرج|مُدرج|أُدرج)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrackedChange();

    // The label, then a handle or a name and perhaps a date; the whole line is the credit.
    [GeneratedRegex(@"^[\W_]*(a\s+post\s+shared\s+by|(a\s+)?post(ed)?\s+(shared\s+)?by|shared\s+by|منشور\s+(بواسطة|من|لـ?)|(تم\s+)?(النشر|نشره|نشرها|نُشر|نشر)\s+(بواسطة|من\s+قبل))\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmbedCredit();
}

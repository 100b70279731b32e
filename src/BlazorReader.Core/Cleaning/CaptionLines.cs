using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A picture's caption or credit left as a line: «الصورة: …», «تصوير: فلان», «صورة أرشيفية»,
// «… (رويترز)», «… | AFP». Short and with no sentence end: a paragraph that happens to
// close on an agency's name ends with a full stop.
internal static partial class CaptionLines
{
    private const int MaxLength = 110;

    public static string? Reason(string line)
    {
        if (line.Length > MaxLength || line.EndsWith('.') || line.EndsWith(':'))
        {
            return null;
        }
        return Marked().IsMatch(line) || Archive().IsMatch(line) || Credited().IsMatch(line) ? "caption" : null;
    }

    [GeneratedRegex(@"^\W{0,2}(صورة|الصورة|صور|الصور|تصوير|التصوير|عدسة|بعدسة|📷|📸|photo|image|picture|credit|photo\s+credit)(\s+(الزميل|الزميلة|لـ|ل))?\s*[:\-–|/]|^\W{0,2}(تصوير|عدسة|بعدسة)\s*[^\s:.،]+(\s+[^\s.،]+){0,4}$|^\W{0,2}(صورة|الصورة|صور)\s+(من|عن|لـ|ل|بعدسة|أرشيفية|ارشيفية|تعبيرية)\s[^.]{2,60}$|^[📷📸]|^[(\[]\s*(صورة|الصورة|تصوير|عدسة|photo)\b[^)\]]{0,60}[)\]]$|[(\[]\s*(تصوير|عدسة|الصورة|صورة|photo)\s*[:\-–]\s*[^)\]]{2,40}[)\]]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marked();

    [GeneratedRegex(@"^.{0,70}(^|[\s(\-–|])(صورة\s+|صور\s+)?(أرشيفية|ارشيفية|تعبيرية|توضيحية|أرشيف|ارشيف|من\s+الأرشيف|من\s+الارشيف)\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Archive();

    // A short description closed by the agency that took it: «… (رويترز)», «… - AFP».
    [GeneratedRegex(@"^[^!]{2,90}?(\s*[(\[]\s*(" + NewsSources.Agencies + "|" + NewsSources.LatinAgencies + @")\s*[)\]]|\s+[-–|/]\s*\(?(" + NewsSources.Agencies + "|" + NewsSources.LatinAgencies + @")\)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credited();
}

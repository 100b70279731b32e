using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// What a mail client writes round a message it forwards or quotes: the marker of a forwarded
// message («—— رسالة محوّلة ——», «---------- Forwarded message ---------») and the line over a
// quoted reply («في ٢١ يوليو ٢٠١٥، الساعة ١٠:٢٢، كتب فلان <x@y.com>:», «On Aug 6, 2015, X wrote:», a newsreader's «On Tue, 23 Jun 2015 21:54:07 +0000 كتب فلان :»).
// A story's «في 21 يوليو كتب الوزير عبر حسابه:» says where and how: the writer named over a
// quote is a name and an address, no sentence's little words.
internal static partial class MailQuoteLines
{
    public static string? Reason(string line)
    {
        if (line.Length > MaxLength)
        {
            return null;
        }
        if (ForwardMarker().IsMatch(line))
        {
            return "chrome";
        }
        return Attribution().Match(line) is { Success: true } m && FunctionWords.Count(m.Groups["writer"].Value) == 0 ? "reply-to" : null;
    }

    private const int MaxLength = 160;

    [GeneratedRegex(@"^[-—–_=\s]{2,}(رسالة\s+(محولة|محوّلة|معاد\s+توجيهها|أصلية|اصلية)|ال?رسالة\s+(الأصلية|الاصلية|المحولة|المحوّلة)|بداية\s+الرسالة\s+(المحولة|المحوّلة)|forwarded\s+message|original\s+message|begin\s+forwarded\s+message)\s*:?[-—–_=\s]{2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardMarker();

    // A day, a month and a year (by name or by number), a clock perhaps, the verb, the writer and
    // perhaps an address, a colon.
    [GeneratedRegex(@"^\W*(في|بتاريخ)\s+(\S+\s+)?[\d٠-٩]{1,2}(\s+\S+\s+|[/\-.])[\d٠-٩]{1,4}([/\-.][\d٠-٩]{2,4})?[،,]?(\s+(الساعة|في\s+تمام)?\s*[\d٠-٩]{1,2}:[\d٠-٩]{2}(\s*(ص|م|AM|PM))?[،,]?)?\s+(كتب|كتبت|قال|قالت)\s+(?<writer>[^:<>]{2,60}?)\s*(<[^<>\s]+@[^<>\s]+>)?\s*:\s*$|^\W*On\s+.{4,60}?,?\s+(?<writer>[^:<>,]{2,60}?)\s*(<[^<>\s]+@[^<>\s]+>)?\s+wrote\s*:\s*$|^\W*On\s+.{4,60}?\s+(كتب|كتبت)\s+(?<writer>[^:<>]{2,60}?)\s*(<[^<>\s]+@[^<>\s]+>)?\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();
}

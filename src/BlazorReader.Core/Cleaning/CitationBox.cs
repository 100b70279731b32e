using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A page's box for citing the article («اقتبس هذا المقال», «كيف تستشهد بهذا المقال؟», «Cite
// this article»): under its header, the styles to choose from («شيكاغو | هارفارد | APA»), the
// citation of the article itself (its writer, its title, the paper, a date in brackets) and
// the copy button. The header is no story's line; the box ends at the first line that is none
// of these.
internal static partial class CitationBox
{
    private const int MaxLines = 5;
    private const int MaxCitation = 300;

    public static void Take(CleaningContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Tweet is not null || !Header().IsMatch(lines[i].Text))
            {
                continue;
            }
            var end = i + 1;
            while (end < lines.Count && end - i <= MaxLines && lines[end].Tweet is null && IsPart(lines[end].Text))
            {
                end++;
            }
            foreach (var line in lines.GetRange(i, end - i).ToList())
            {
                context.Remove(line, "footer");
            }
            i--;
        }
        context.RemoveWhere(l => l.Text.Length <= MaxCitation && Standalone().IsMatch(l.Text) ? "footer" : null);
    }

    // A citation of the article standing alone, its parts between commas: a writer, the title in
    // quotes, the paper or centre, a date to end («فلان، «العنوان»، مركز …، 2015-08-11.»). A
    // story quotes a title inside a sentence that goes on.
    [GeneratedRegex(@"^[^«»""،,]{3,50}[،,]\s*[«""][^«»""]{5,200}[»""][،,]\s*[^«»""]{3,80}[،,]\s*([\d٠-٩]{1,4}[\-/.][\d٠-٩]{1,2}[\-/.][\d٠-٩]{1,4}|[\d٠-٩]{1,2}\s+[^\s\d]+(\s*/\s*[^\s\d]+)?\s+[\d٠-٩]{4}|[A-Za-z]+\s+\d{1,2},\s+\d{4})\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Standalone();

    private static bool IsPart(string line) =>
        Styles().IsMatch(line) || CopyButton().IsMatch(line) || line.Length <= MaxCitation && (Dated().IsMatch(line) || Retrieved().IsMatch(line));

    [GeneratedRegex(@"^\W*(اقتبس\s+هذا\s+(المقال|الخبر)|كيف\s+(تستشهد|تقتبس)\s+(ب)?هذا\s+(المقال|الخبر)|(للاستشهاد|الاستشهاد|استشهد)\s+بهذا\s+(المقال|الخبر)|(ال)?(اقتباس|استشهاد)\s+(ال)?مقترح|للاقتباس|للاستشهاد|طريقة\s+(ال)?(استشهاد|اقتباس|توثيق)|suggested\s+citation|cite\s+this(\s+(article|story|page))?|how\s+to\s+cite(\s+this(\s+(article|story|page))?)?)\s*[:؟?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    // «شيكاغو | هارفارد | APA», «APA MLA Chicago»: style names and marks only.
    [GeneratedRegex(@"^\W*((apa|mla|chicago|harvard|ieee|vancouver|turabian|شيكاغو|هارفارد|فانكوفر|إم\s*إل\s*إيه)[\s|/•·,،\-–—]*){1,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Styles();

    [GeneratedRegex(@"^\W{0,3}(نسخ(\s+الاقتباس)?|copy(\s+citation)?|📋\s*نسخ)\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyButton();

    // A citation: «العمري، تركي. (2015، 25 يوليو). …», «… «العنوان». صحيفة …، 2015.»
    [GeneratedRegex(@"\((19|20|١٩|٢٠)[\d٠-٩]{2}[،,)]|[«""].{5,200}[»""][.،,]\s*(صحيفة|جريدة|موقع|مجلة)", RegexOptions.CultureInvariant)]
    private static partial Regex Dated();

    [GeneratedRegex(@"(استرجع|تم\s+الاسترجاع|retrieved|accessed)\s+(في|من|on|from)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Retrieved();
}

using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A page's table of contents («محتويات المقال ▼», «جدول المحتويات [إخفاء]», «Table of
// contents») and the section names listed under it, numbered, bulleted or bare: the page's
// navigation, never the story's. The box ends at the first line that reads as prose (a
// sentence's stop or its length) or at a blank line; a box of more items than a page lists
// is not one.
internal static partial class ContentsBox
{
    private const int MaxItems = 12;
    private const int MaxItemWords = 8;

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
            // One block: past its first item, a blank line ends the box (the story's own short
            // first line may stand under it).
            while (end < lines.Count && end - i <= MaxItems && lines[end].Tweet is null && IsItem(lines[end].Text)
                && (end == i + 1 || lines[end].Line == lines[end - 1].Line + 1))
            {
                end++;
            }
            if (end - i - 1 is 0 or > MaxItems)
            {
                continue;
            }
            foreach (var line in lines.GetRange(i, end - i).ToList())
            {
                context.Remove(line, "navigation");
            }
            i--;
        }
    }

    private static bool IsItem(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && t[^1] is not ('.' or '!' or '؟' or '?' or ':' or '،' or ',')
            && t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxItemWords;
    }

    [GeneratedRegex(@"^\W{0,3}(محتويات\s+(المقال|المقالة|الموضوع|الصفحة|الخبر)|المحتويات|جدول\s+(ال)?محتويات|فهرس\s+(المقال|الموضوع|المحتويات)|table\s+of\s+contents|contents|in\s+this\s+article)\s*[:：]?\s*(\[\s*(إخفاء|اخفاء|عرض|إظهار|hide|show)\s*\]|[▼▾▲⌄˅]|\((إخفاء|عرض|hide|show)\))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();
}

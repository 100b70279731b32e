using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning;

// Which corpus articles count as clean, decided without the cleaner (the judged must not
// pick its own test): no line holding the noise this corpus is known to carry (signatures,
// SMS lines, copyright, «المزيد», agency stamps, links, credits, bylines), no repeated paragraph.
public static partial class CleanArticleScreen
{
    public static bool IsClean(RawArticle article)
    {
        if (article.Title is not { Length: > 0 } || article.Text.Length < 200)
        {
            return false;
        }
        var lines = TextReferee.Lines(article.Text);
        if (lines.Count == 0 || lines.Any(l => Noise().IsMatch(l)) || DatelinePrefix().IsMatch(lines[0]) || lines.Take(2).Any(l => BylineLine().IsMatch(l)))
        {
            return false;
        }
        if (TitleKey(lines[0]) == TitleKey(article.Title))
        {
            return false;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return lines.Where(l => l.Length >= 40).All(seen.Add);
    }

    [GeneratedRegex(@"(@|©|محفوظة|المزيد|انتهى|يتبع|sms|\d{1,2}:\d{2}|عين اليوم|^سمات|\sسمات\s|رابط الخبر|^\*|المصدر|https?:|www\.|\.com|zain|mobily|stc\b|زين|موبايلي|^[\d٠-٩\s.,،]+$|^[.…\-–—_*•·\s]+$|twitter|تويتر\s*:|مقالات\s+أخرى|[اأ]نقر\s+هن|اضغط\s+هن|تصوير|عدسة|^صورة\s+(من|ل)|ترجمة\s*/|نقلا\s+عن|نقلاً\s+عن|^\([^)]{2,25}\)$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Noise();

    private static string TitleKey(string text) => string.Concat(text.Where(char.IsLetterOrDigit));

    [GeneratedRegex(@"^[^:.!?؟،""«]{2,45}:")]
    private static partial Regex DatelinePrefix();

    [GeneratedRegex(@"^\S+(\s\S+){0,4}\s*[-–—ـ]+\s*\S+(\s\S+){0,4}$")]
    private static partial Regex BylineLine();

}

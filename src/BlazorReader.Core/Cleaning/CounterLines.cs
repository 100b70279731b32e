using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Counters a page prints about itself: views, reads, comments, likes, shares, «منذ 3 ساعات»,
// with Western or Arabic-Indic digits. A number named as a count is chrome wherever it
// stands; a bare number, a row of dots or a clock time only at the edges of the text.
internal static partial class CounterLines
{
    public static string? Reason(string line) =>
        line.Length <= 60 && (Named().IsMatch(line) || Ago().IsMatch(line) || Comments().IsMatch(line)) ? "counter" : null;

    public static string? EdgeReason(string line) => line switch
    {
        _ when Bare().IsMatch(line) => "counter",
        _ when Dots().IsMatch(line) => "ellipsis",
        _ when Clock().IsMatch(line) => "timestamp",
        _ => null,
    };

    private const string Number = @"[\d٠-٩][\d٠-٩,.٬٫]*\s*([KkMmك]|ألف|الف|مليون)?";

    private const string Counted = @"(مشاهدة|مشاهدات|قراءة|قراءات|زيارة|زيارات|تعليق|تعليقات|إعجاب|إعجابات|اعجاب|مشاركة|مشاركات|مرة|مرات|views?|comments?|likes?|reads?|shares?|visits?)";

    [GeneratedRegex(@"^\W{0,3}((عدد\s+)?(ال)?(مشاهدات|قراءات|زيارات|تعليقات|قراء|زوار|إعجابات|اعجابات|مشاركات|المشاهدة|القراءة)|views?|comments?|likes?|reads?|shares?|(عدد\s+)?مرات\s+(ال)?(قراءة|مشاهدة))\s*[:(\-–]?\s*" + Number + @"\s*\)?\W{0,2}$|^\W{0,3}" + Number + @"\s*" + Counted + @"\W{0,2}$|^(قرئ|قُرئ|شوهد|شوهدت|تمت\s+(قراءته|قراءتها|مشاهدته|مشاهدتها|(ال)?قراءة|(ال)?مشاهدة))\s*:?\s*" + Number + @"\s*(مرة|مرات)?$|^\p{So}\uFE0F?\s*" + Number + @"$|^" + Number + @"\s*\p{So}\uFE0F?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    [GeneratedRegex(@"^(منذ|قبل)\s+([\d٠-٩]+\s+)?(ثانية|ثوان|ثواني|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر|اشهر)$", RegexOptions.CultureInvariant)]
    private static partial Regex Ago();

    [GeneratedRegex(@"^(لا\s+توجد\s+تعليقات|لا\s+يوجد\s+تعليقات|أضف\s+تعليق(ك|ا|اً)?|اضف\s+تعليق(ك|ا|اً)?|كن\s+(أول|اول)\s+من\s+(يعلق|يعلّق)|اكتب\s+تعليقك|(ال)?تعليقات\s*\(\s*[\d٠-٩]*\s*\)|comments?\s*\(\s*\d*\s*\))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comments();

    // «305», «0», «1.2K», «١٬٥٣٢».
    [GeneratedRegex(@"^[\d٠-٩][\d٠-٩,.٬٫]*\s*([KkMmك]|ألف|الف)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    [GeneratedRegex(@"^[.…·\-–—_*•\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Dots();

    // «13:37 ت م»: the agency's clock stamp at the end of a dispatch.
    [GeneratedRegex(@"^[\d٠-٩]{1,2}:[\d٠-٩]{2}\s*(ت\s*م|ص|م|am|pm|gmt|مساء|مساءً|صباحا|صباحاً)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}

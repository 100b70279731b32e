using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A page's footer: copyright in any wording, reproduction notices, opinion disclaimers and
// the site's maker. Each phrase only counts in a short line that reads as a notice (it
// opens or closes with it, or names a year), so a sentence about rights stays.
internal static partial class FooterLines
{
    private const int MaxLength = 160;

    public static string? Reason(string line)
    {
        if (line.Length > MaxLength)
        {
            return null;
        }
        if (line.Contains('©', StringComparison.Ordinal) || Copyright().IsMatch(line))
        {
            // «© Reuters» under a picture credits the picture; it does not end the page.
            return IsPictureCredit(line) ? "caption" : "copyright";
        }
        if (IsRightsNotice(line))
        {
            return "copyright";
        }
        return Notice().IsMatch(line) || Maker().IsMatch(line) || line.Length <= 120 && Disclaimer().IsMatch(line) || Licence().IsMatch(line) || Advice().IsMatch(line)
            || line.Length <= 40 && Forwarded().IsMatch(LineIcons.Trim(line)) ? "footer" : null;
    }

    // The rights in any word order: what is published (the material, the content, the site's)
    // belongs to someone, and copying it is forbidden or needs leave («جميع المواد المنشورة ملك
    // … ولا يجوز إعادة نشرها دون إذن», «يُمنع نسخ المحتوى إلا بإذن خطي من الإدارة»). All three
    // must be there, in a line that does not carry a sentence on («ولا يجوز نشر صور …» does).
    private static bool IsRightsNotice(string line)
    {
        if (line.Length > 140 || ParagraphOpening.Continues(line))
        {
            return false;
        }
        return RightsForbidden().IsMatch(line) && RightsCopying().IsMatch(line) && RightsMaterial().IsMatch(line);
    }

    [GeneratedRegex(@"لا\s+يجوز|لا\s+يسمح|لا\s+يُسمح|غير\s+مسموح|يمنع|يُمنع|ممنوع|يحظر|يُحظر|محظور|(دون|بدون|إلا\s+ب|الا\s+ب)\s*(إذن|اذن|موافقة|ترخيص)|without\s+(prior\s+)?(written\s+)?permission|prohibited|not\s+permitted", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightsForbidden();

    [GeneratedRegex(@"نشر|نسخ|نقل|اقتباس|استنساخ|توزيع|reproduc|republish|redistribut|copy", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightsCopying();

    [GeneratedRegex(@"(ال)?(مواد|مادة|محتوى|محتويات|مقالات|أخبار\s+(الموقع|الصحيفة|البوابة))\s+(ال)?(منشورة|المنشورة|الموقع|المنشور)|(جميع|كافة|كل)\s+(ال)?(مواد|محتوى|محتويات|مقالات|صور|حقوق)|\s(ملك|ملكية|مملوكة|محفوظة|محمية)(\s|$)|(محتوى|مواد)\s+(هذا\s+)?(الموقع|الصحيفة|البوابة|الجريدة|المجلة|التطبيق)|(this|all|the)\s+(content|material|site)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightsMaterial();

    // A picture's credit, alone or after its caption («… خلال كلمته © وام», «© EPA»): a short
    // name after the mark, with no year and no rights named. Taken for the page's copyright it
    // would end the page there, and every paragraph below it would go as another story's.
    private static bool IsPictureCredit(string line)
    {
        if (line.Length <= 40 && CreditLines.Who(line.Replace("©", "", StringComparison.Ordinal)) is not null)
        {
            return true;
        }
        var mark = line.LastIndexOf('©');
        if (mark < 0 || Copyright().IsMatch(line))
        {
            return false;
        }
        // The name's words, not the slashes and colons between a photographer and an agency.
        var name = line[(mark + 1)..].Trim();
        var words = name.Split([' ', '/', ':', '|', '-', '–'], StringSplitOptions.RemoveEmptyEntries);
        return name.Length is > 0 and <= 30 && !name.Any(char.IsDigit) && words.Length is > 0 and <= 4;
    }

    // Links of a site's navigation: three or more short items and nothing else, or the names
    // sites give those links, run together.
    public static bool IsNavigation(string line)
    {
        if (line.Length > 160 || line.EndsWith('.'))
        {
            return false;
        }
        if (SectionLines.IsSection(line))
        {
            return true;
        }
        if (NavLinks().Matches(line) is { Count: >= 2 } links && NavLinks().Replace(line, "").All(c => !char.IsLetter(c)))
        {
            return true;
        }
        var items = NavSeparator().Split(line).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        return items.Count >= 3 && items.All(i => i.Length <= 25 && i.Split(' ').Length <= 3 && !i.Any(char.IsDigit) && !i.Contains('،', StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\(c\)|copyright|all\s+rights\s+reserved|^\W*((جميع|كافة|كل)\s+)?(ال)?حقوق\s+((ال)?(نشر|طبع|ملكية|فكرية)(\s+و\s*(ال)?(نشر|طبع|توزيع))?\s+)?محفوظ[ةه]|(جميع|كافة|كل)\s+(ال)?حقوق(\s+(ال)?(نشر|طبع))?\s+محفوظ[ةه]\W*$|(جميع|كافة|كل)\s+(ال)?حقوق(\s+(ال)?(نشر|طبع))?\s+محفوظ[ةه].{0,40}(19|20|١٩|٢٠)[\d٠-٩]{2}|^\W*حقوق\s+(ال)?(نشر|طبع)(\s+و\s*(ال)?(نشر|طبع))?\s+[\d٠-٩]{4}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^\W*(يمنع|يحظر|لا\s+يجوز|لا\s+يسمح|غير\s+مسموح)\s+.{0,30}(نسخ|النسخ|نقل|النقل|(إعادة|اعادة)\s+(ال)?نشر|الاقتباس)|(تعبر|يعبر|تعبّر)\s+عن\s+(رأي|آراء|وجهة\s+نظر)\s+(كاتبها|كتابها|أصحابها|صاحبها|كاتبيها)\W*$|^(?=.{0,90}$)\W*((الآراء|الاراء|المقالات|التعليقات|المواد)\s.{0,20}(تعبر|يعبر|تعبّر)\s+عن\s+(آراء\s+)?(أصحابها|اصحابها|كتابها|كاتبيها)|(الموقع|الصحيفة|الجريدة|إدارة\s+الموقع)\s+(غير|ليس|ليست|لا\s+تتحمل)\s.{0,15}(مسؤول|مسئول|مسؤولية)|(جميع|كل|كافة)\s+(ال)?(مواد|محتوى|محتويات|مقالات|صور)(\s+\S+){0,2}\s+محمي)|لا\s+(تعبر|يعبر|تعبّر)\s+(بالضرورة\s+)?عن\s+(رأي|وجهة\s+نظر|سياسة)\s+(ال)?(صحيفة|موقع|جريدة|مجلة|قناة)", RegexOptions.CultureInvariant)]
    private static partial Regex Notice();

    // The two notices in their words' every order: what is published «expresses its writers'
    // views» (not the site's), and reprinting «is allowed» or «no objection» with the source named.
    [GeneratedRegex(@"(تعبر|تعبّر|يعبر|تمثل|يمثل)\s+(بالضرورة\s+)?(عن\s+)?(رأي|آراء|اراء|وجهة\s+نظر|وجهات\s+نظر)\s+(كاتبها|كتابها|أصحابها|اصحابها|صاحبها|كاتبيها|كاتبه|صاحبه)|(يسمح|يُسمح|لا\s+مانع\s+من)\s+(ب)?(ال)?(نقل|اقتباس|نسخ|(إعادة|اعادة)\s+(ال)?نشر).{0,30}(المصدر|الموقع|الصحيفة)", RegexOptions.CultureInvariant)]
    private static partial Regex Disclaimer();

    // The page's licence, as a notice opens: «هذا المحتوى مرخص بموجب رخصة المشاع الإبداعي»,
    // «Creative Commons: نسب المصنف …», «جميع المواد المنشورة تخضع لرخصة …».
    [GeneratedRegex(@"^\W*((هذا|هذه)\s+(المحتوى|المقال|المادة|العمل|الخبر)\s+(مرخص|مرخصة|متاح|متاحة|منشور|منشورة)|(جميع|كافة|كل)\s+(ال)?(مواد|محتوى|محتويات|مقالات)(\s+\S+){0,2}\s+(تخضع|مرخصة|متاحة)\s|creative\s+commons\s*[:\-–]|(this|all)\s+(work|content|article|material)s?\s+(is|are)\s+licensed)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Licence();

    // Advice disclaimed under a label or as the page's notice («إخلاء مسؤولية: لا يعد هذا المحتوى
    // نصيحة استثمارية», «تنبيه: المعلومات الواردة لا تغني عن استشارة الطبيب»); quoted in a
    // story's sentence («وأكد المحلل أن … "لا يغني عن استشارة المختصين"») it stays.
    [GeneratedRegex(@"^\W*((إخلاء|اخلاء)\s+(ال)?(مسؤولية|مسئولية)|disclaimer)\s*[:：]|^\W*(تنبيه|تنويه|ملاحظة|note|المعلومات\s+الواردة|هذا\s+المحتوى|هذا\s+المقال)[^.!؟?]{0,40}(لا\s+(تغني|يغني)\s+عن\s+استشارة|لا\s+(يعد|يعتبر|تعد|تعتبر|يمثل|تمثل)\s+(\S+\s+){0,2}(نصيحة|توصية|استشارة)|لأغراض\s+(إعلامية|توعوية|تثقيفية|معلوماتية|تعليمية)|for\s+informational\s+purposes|not\s+(financial|investment|medical)\s+advice)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Advice();

    // What a messenger prints over a forwarded message («تمت إعادة توجيهه», «معاد توجيهها»), a
    // forum's «منقول» (copied) and its «انشر تؤجر» (share it and be rewarded): never a story's line.
    [GeneratedRegex(@"^[\W_]*((تمت\s+)?(إعادة|اعادة)\s+(ال)?توجيه\S*|(رسالة\s+)?(معاد|معادة)\s+توجيه\S*|منقول|انشر\S*\s+(تؤجر|تؤجروا))[\W_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Forwarded();

    [GeneratedRegex(@"^\W*((تصميم|برمجة|تطوير)\s+و\s*(تطوير|برمجة|تصميم|استضافة)|تصميم|برمجة|تطوير|استضافة|تنفيذ)\s*[:\-–|]\s*\S.{0,50}$|^\W*(تصميم|برمجة|تطوير)\s+و\s*(تطوير|برمجة|تصميم|استضافة)\s+\S.{0,50}$|^\W*(powered|designed|developed|hosted|design|built)\s+(and\s+\w+\s+)?by\b.{0,50}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Maker();

    [GeneratedRegex(@"الصفحة\s+الرئيسية|الرئيسية|من\s+نحن|عن\s+(الصحيفة|الموقع|الجريدة|المجلة)|اتصل\s+بنا|اتصلوا\s+بنا|تواصل\s+معنا|سياسة\s+الخصوصية|الخصوصية|الشروط\s+والأحكام|شروط\s+الاستخدام|أعلن\s+معنا|اعلن\s+معنا|للإعلان|الإعلانات|خريطة\s+الموقع|الأرشيف|أرشيف|هيئة\s+التحرير|فريق\s+العمل|الوظائف|وظائف|النشرة\s+البريدية|الأسئلة\s+الشائعة|المساعدة|\brss\b|\bhome\b|about(\s+us)?|contact(\s+us)?|privacy(\s+policy)?|terms(\s+of\s+use)?|advertise|sitemap|archive|careers", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NavLinks();

    [GeneratedRegex(@"\s*[|•·]\s*|\s+[-–]\s+|\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex NavSeparator();
}

using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// The one grammar of the line that announces other stories, however a site words it. Two
// strengths: a header that may carry a title on its own line («اقرأ أيضا: العنوان», «ذات
// صلة ::», «Read also»), and one that only heads a list below it («لا تفوتك», «ننصحك
// بقراءة», «المزيد من الرياضة», «الأكثر شعبية»): words a story's own sentence opens with
// too, so after them a title is never taken. Icons, bullets and closing marks are dress.
internal static partial class OtherStoriesHeader
{
    private const string Also = @"([أا]يض\u064B?ا\u064B?|كذلك|كمان)";

    // Headers that may carry a title after them on the same line.
    private const string Titled = @"(اقرأ|إقرأ|اقرا|إقرا|أقرأ)(وا)?\s+(" + Also + @"|المزيد)|(طالع|شاهد|تابع|اطلع)(وا)?(\s+على)?\s+" + Also
        + @"|(مواضيع|أخبار|اخبار|مقالات|موضوعات|روابط|قصص|تقارير)\s+(ذات\s+(صلة|علاقة)|متعلقة|مرتبطة|مشابهة|[أا]خرى\s+للكاتب|أخرى)|(ذات|ذو)\s+(صلة|علاقة)"
        + @"|(قد|ربما)\s+(يهمك|يعجبك|تهمك)(\s+" + Also + @")?|(يهمك|يعجبك|تهمك)\s+" + Also + @"|المزيد\s+من\s+(الأخبار|الاخبار|المقالات|المواضيع)"
        + @"|(الأكثر|الاكثر)\s+(قراءة|مشاهدة|تعليقا\u064B?|تداولا\u064B?)(\s+(اليوم|الآن|الان|هذا\s+(الأسبوع|الاسبوع|الشهر)))?|related(\s+(news|stories|articles))?|read\s+(also|more)|see\s+also|also\s+read|more\s+stories|(à\s+)?lire\s+(aussi|également)|voir\s+aussi|à\s+lire|baca\s+(juga|pula)|lihat\s+juga|simak\s+juga|یہ\s+بھی\s+پڑھیں|مزید\s+پڑھیں"
        + @"|ayrıca\s+(okuyun|bakınız)|lesen\s+sie\s+auch|(lea|leer|leia)\s+(también|também)";

    // Headers that only head a list on the lines below.
    private const string Listing = @"لا\s+(تفوتك|تفوت|يفوتك)|ما\s+(تفوتك|يفوتك|تفوتش)|متفوتش|(ننصحك|ننصح|نرشح|نقترح)\s+(لك\s+)?(ب|بقراءة|بمشاهدة|بمتابعة)?|(يهمك|يعجبك|تهمك|يعجبكم|يهمكم)"
        + @"|اخترنا\s+لك|مختارات|(آخر|اخر|أحدث|احدث|أهم|اهم|أبرز|ابرز)\s+(الأخبار|الاخبار|المقالات|المواضيع|الأنباء|العناوين)|(المزيد|مزيد)\s+(من|في)\s+\S+"
        + @"|(أخبار|اخبار|مقالات|مواضيع|موضوعات|قصص|عناوين|نتائج|فيديوهات|مقاطع|صور|تقارير|روابط)\s+(اخرى|أخرى|مقترحة|مختارة|متعلقة|مرتبطة|مشابهة|ذات\s+(صلة|علاقة)|قد\s+تهمك)"
        + @"|من\s+(أنحاء\s+)?الويب|تغطية\s+(مستمرة|متواصلة|خاصة)|قائمة\s+التشغيل|مقترحات(\s+لك)?|(آخر|اخر)\s+ما\s+نشر|عناوين\s+العدد|recommended(\s+for\s+you)?"
        + @"|(الأكثر|الاكثر)\s+(قراءه|مشاهده|تداولاً|شعبية|زيارة|مشاركة|انتشارا|انتشاراً|تفاعلا)|(من|في)\s+نفس\s+(القسم|التصنيف)|(شاهد|طالع|تابع)\s+المزيد"
        + @"|(من|في)\s+(الأرشيف|الارشيف)$|(في|من)\s+(القسم|الباب|التصنيف|الملف|الركن)\s+(نفسه|ذاته)|(في|من)\s+(السياق|الإطار|الاطار|الشأن|الموضوع)\s+(نفسه|ذاته)$|sur\s+le\s+m[êe]me\s+sujet|dans\s+la\s+m[êe]me\s+rubrique"
        + @"|(les\s+)?plus\s+lus|you\s+may\s+also\s+like|more\s+from|most\s+(read|popular)|trending(\s+now)?"
        // Any one thing a page lists «like this one» («أسئلة مشابهة», «فيديوهات مقترحة», «كتب ذات
        // صلة»): the noun is the site's, the adjective the grammar's. No corpus line is one.
        + @"|[\u0621-\u064A]{3,}\s+(مشابهة|مشابه|مقترحة|مختارة|متعلقة|مرتبطة|ذات\s+(صلة|علاقة)|قد\s+(تهمك|تعجبك|تفوتك))$"
        + @"|(قد|ربما)\s+(تفوتك|يفوتك|فاتك)|فاتك\s+(أن|ان)?\s*(تقرأ|تشاهد)"
        // «على صلة», «الأحدث في الموقع», «جديد القسم», «في العناوين», «من نفس الكاتب», «مقترح لك».
        + @"|على\s+صلة$|(الأحدث|الاحدث|الأجدد|الاجدد)(\s+(في|من)\s+\S+)?$|جديد\s+(القسم|الموقع|الأخبار|الاخبار|التصنيف)$|(في|من)\s+(العناوين|عناوين\s+اليوم)$"
        + @"|(من|ل)\s*نفس\s+(الكاتب|الكاتبة|المؤلف)$|(للكاتب|للكاتبة|للمؤلف)\s+(نفسه|نفسها|ذاته|ذاتها)$|(مقالات|المزيد)\s+(للكاتب|للكاتبة|لنفس\s+الكاتب)$|(مقترح|مقترحة|موصى|مختار|مختارة)\s+(لك|لكم|به|بها)$"
        // What comes next on a page that reads on («التالي في النشرة», «القصة التالية», «Up next»).
        + @"|التالي(\s+(في|من)\s+\S+)?$|(القصة|الخبر|المقال|الموضوع|المادة|الحلقة)\s+(التالية|التالي)$|up\s+next|next\s+(up|story|article)";

    // What follows a header that may carry a title: the title (empty when the titles follow on
    // their own lines), or null when the line is no such header.
    public static string? Rest(string line)
    {
        if (line.Length > 600)
        {
            return null;
        }
        if (TitledHeader().Match(line) is not { Success: true } m)
        {
            return MarkedTitle().Match(line) is { Success: true } marked ? marked.Groups["title"].Value.Trim()
                : TitleThenMark().Match(line) is { Success: true } after ? after.Groups["title"].Value.Trim() : null;
        }
        var rest = m.Groups["rest"].Value.Trim();
        // «اقرأ أيضا ⬇️», «ذات علاقة ::» head a block; «[اقرأ أيضا: العنوان]» closes its bracket.
        if (!rest.Any(char.IsLetterOrDigit))
        {
            return "";
        }
        return line.TrimStart()[0] is '[' or '(' && rest[^1] is ']' or ')' ? rest[..^1].TrimEnd() : LineIcons.Trim(rest);
    }

    // A line that heads a list of other stories: a few words, no sentence, header words.
    public static bool IsHeader(string line)
    {
        var bare = LineIcons.Unmarked(LineIcons.Trim(TeaserList.WithoutBullet(line))).TrimEnd(':', '：', '»', '.', '…', '-', '–', '|', '⬇', ' ').Trim();
        if (bare.Length is < 5 or > 45 || bare.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6)
        {
            return false;
        }
        return Rest(bare) is "" || ListingHeader().IsMatch(bare);
    }

    [GeneratedRegex(@"^[\W\uFE0F]{0,4}(" + Titled + @")(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitledHeader();

    // A title with its mark in brackets before or after it: «[مرتبط] العنوان», «العنوان (اقرأ
    // أيضاً)». The brackets set the mark apart from any sentence.
    [GeneratedRegex(@"^\W{0,2}[(\[]\s*(مرتبط|مرتبطة|ذو\s+صلة|ذات\s+صلة|متعلق|متعلقة|related)\s*[)\]]\s*[:\-–]?\s*(?<title>\S.{8,250})$|^(?<title>[^()\[\]]{10,250}?)\s*[(\[]\s*(اقرأ|إقرأ|اقرا|أقرأ)\s+(أيضا|أيضاً|ايضا|ايضاً|أيضًا|كذلك)\s*[)\]]\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkedTitle();

    [GeneratedRegex(@"^(?:" + Listing + "|" + Titled + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListingHeader();

    // A title with the mark after it past an arrow or a bar: «العنوان ← اقرأ أيضاً», «العنوان |
    // يهمك أيضاً». «اقرأ المزيد» there is a link to the story's own rest, not another story.
    [GeneratedRegex(@"^(?<title>.{10,250}?)\s*(←|\||—|–|::|»|\s-)\s*((اقرأ|إقرأ|اقرا|إقرا|أقرأ|شاهد|طالع|تابع)(وا)?\s+" + Also + @"|(يهمك|يعجبك|تهمك)\s+" + Also + @"|(قد|ربما)\s+(يهمك|يعجبك|تهمك)(\s+" + Also + @")?|ذات\s+صلة|read\s+also|also\s+read|see\s+also)[\W\uFE0F]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleThenMark();
}

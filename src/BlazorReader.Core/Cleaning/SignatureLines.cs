using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// How a desk signs a story off: «انتهى» in any dress («… (انتهى)», «-انتهى-», «انتهى ـ»), the
// editors' initials codes agencies print under it («ع.ك/س.ت», «ر ل ك ب», «عك/شع»), and a
// writer's name with the role sites print under a column («مصطفى الشريف - كاتب وإعلامي»).
internal static partial class SignatureLines
{
    public static string? Reason(string line)
    {
        if (line.Length > 70)
        {
            return null;
        }
        if (EndMarker().IsMatch(line))
        {
            return "end-marker";
        }
        return IsInitials(line) || WriterRole().IsMatch(line) || DeskCode().IsMatch(line) || Reviewer().IsMatch(line) || Desk().IsMatch(line) ? "signature" : null;
    }

    // Only groups of one or two letters; a dot, slash or hyphen between letters, or a lone letter
    // in a short code, shows they are initials («لا لا» are words; a long run of lone letters
    // is a puzzle's or a lesson's).
    private static bool IsInitials(string line)
    {
        if (line.Length > 30)
        {
            return false;
        }
        var tokens = InitialsSplit().Split(line.Trim()).Where(t => t.Length > 0).ToList();
        return tokens.Count is >= 2 and <= 10
            && tokens.TrueForAll(t => t.Length <= 2 && t.All(c => c is >= 'ء' and <= 'ي' and not 'ـ'))
            && (InnerMark().IsMatch(line) || tokens.Count <= 4 && tokens.Exists(t => t.Length == 1));
    }

    // A desk's code with the time it filed («كونا/رو/23:13», «وفا عه/21:١٤»), or initials set
    // between two dashes («ـ هق عب ـ», «ـ نحأ/ون ـ»): how agency copy is signed, never a sentence.
    [GeneratedRegex(@"^[\W_ـ]*[\u0621-\u064A]{2,10}([\s/]+[\u0621-\u064A]{1,3}){1,3}[\s/]+[\d٠-٩]{1,2}:[\d٠-٩]{2}[\W_ـ]*$|^\s*[ـ\-–]\s*[\u0621-\u064A]{1,3}(\s*[./\s]\s*[\u0621-\u064A]{1,3}){1,3}\s*[ـ\-–]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DeskCode();

    // Who reviewed the copy («مراجعة: …», «تدقيق / …»), a name of one to four words after the label.
    [GeneratedRegex(@"^[\W_]*(مراجعة|تدقيق)\s*[:/]\s*[\u0621-\u064A]+(\s+[\u0621-\u064A]+){0,3}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Reviewer();

    // A desk signing for the piece, alone on its line or after a dash: «— فريق التحرير», «هيئة
    // تحرير البوابة», «قسم الأخبار المحلية», «The newsroom». A name a story could hold is none of these.
    [GeneratedRegex(@"^[\W_ـ]*((فريق|هيئة|أسرة|اسرة|قسم|طاقم|مكتب|وحدة|غرفة)\s+(ال)?(تحرير|أخبار|اخبار|التحرير|الأخبار|الاخبار|المحررين|المتابعة|الرصد)(\s+\S+){0,2}|المحرر|editorial\s+(team|staff|desk|board)|(the\s+)?newsroom|(news|web)\s+desk|staff\s+(writer|reporter))\s*[\W_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Desk();

    // «-- انتهت --», «(نهاية القصة)», «نهاية الخبر», «(END)»: the copy's end in any gender or wording.
    [GeneratedRegex(@"^[\W_ـ]*(انتهى|إنتهى|انتهي|انتهت|يتبع|نهاية\s+(ال)?(خبر|قصة|تقرير|نص|رسالة|بيان|مقال|موضوع|تغطية)|end|ends|the\s+end)[\W_ـ]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndMarker();

    [GeneratedRegex(@"[\u0621-\u064A]\s*[./\-]\s*[\u0621-\u064A]", RegexOptions.CultureInvariant)]
    private static partial Regex InnerMark();

    [GeneratedRegex(@"[\s./\\\-–]+", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsSplit();

    [GeneratedRegex(@"^[\s*•\-–]*[\u0621-\u064A]+(\s+[\u0621-\u064A]+){1,3}\s*[\-–:،,|/]\s*(ال)?(كاتب|كاتبة|إعلامي|إعلامية|اعلامي|اعلامية|أكاديمي|أكاديمية|باحث|باحثة|صحفي|صحفية|صحافي|صحافية|محلل|محللة|مستشار|مستشارة|أستاذ|أستاذة|روائي|روائية|شاعر|شاعرة|ناقد|ناقدة|خبير|خبيرة|مدون|مدونة)(\s+[\u0621-\u064A]+){0,3}\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex WriterRole();
}

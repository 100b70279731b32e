using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// «اقرأ أيضا» and its kin: a header, with a title after it on the same line or titles on the
// lines below (bulleted or not); «مقالات أخرى للكاتب» with the titles run together after it.
// Icons round the header («✅ شاهد أيضا ⬇️») and brackets round the whole line are dress.
internal static partial class ReadAlsoLines
{
    // The text after the header (empty when the titles follow on their own lines), or null.
    public static string? Rest(string line)
    {
        if (line.Length > 600 || Header().Match(line) is not { Success: true } m)
        {
            return null;
        }
        var rest = m.Groups["rest"].Value.Trim();
        // «اقرأ أيضا ⬇️», «ذات علاقة ::» head a block; «[اقرأ أيضا: العنوان]» closes its bracket.
        if (!rest.Any(char.IsLetterOrDigit))
        {
            return "";
        }
        return line.TrimStart()[0] is '[' or '(' && rest[^1] is ']' or ')' ? rest[..^1].TrimEnd() : LineIcons.Trim(rest);
    }

    // A line in a block of other stories' titles: a headline's length, no sentence end, not
    // opening like the story's next paragraph would; a bullet makes it one whatever its
    // length. Shorter unbulleted lines are left: verses and subheadings look like that. Right
    // under a header that stands alone («قد يهمك أيضا»), the first headline may be two words.
    public static bool IsListedTitle(string line, bool firstUnderHeader = false)
    {
        var words = WithoutBullet(line).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (Bullet().IsMatch(line))
        {
            // A dash or a number also opens a signature or a list item in the story itself.
            var plain = BulletOf(line) is "-" or "–" or "*" or "" or "." or ")";
            return line.Length <= 250 && line[^1] is not ('.' or ':') && words >= (plain && !firstUnderHeader ? 4 : plain ? 2 : 1);
        }
        return line.Length >= (firstUnderHeader ? 12 : 30) && line.Length <= 110 && words >= 2
            && line[^1] is not ('.' or ':' or '،' or ',') && !Continuation().IsMatch(line);
    }

    public static string WithoutBullet(string line) => Bullet().Replace(line, "").Trim();

    // The bullet's kind («-», «•», a number), digits set aside so «1-» and «2-» match.
    public static string BulletOf(string line) =>
        Bullet().Match(line) is { Success: true } m ? new string([.. m.Value.Trim().Where(c => !char.IsDigit(c))]) : "";

    [GeneratedRegex(@"^[\W\uFE0F]{0,4}((اقرأ|إقرأ|اقرا|إقرا|أقرأ)\s+([أا]يض\u064B?ا\u064B?|كذلك|المزيد)|(طالع|شاهد|تابع|اطلع\s+على)\s+([أا]يض\u064B?ا\u064B?|كذلك)|(مواضيع|أخبار|اخبار|مقالات|موضوعات|روابط|قصص|تقارير)\s+(ذات\s+(صلة|علاقة)|متعلقة|مرتبطة|مشابهة|أخرى\s+للكاتب|اخرى\s+للكاتب|أخرى)|ذات\s+(صلة|علاقة)|(قد|ربما)\s+(يهمك|يعجبك|تهمك)(\s+([أا]يض\u064B?ا\u064B?|كذلك))?|المزيد\s+من\s+(الأخبار|الاخبار|المقالات|المواضيع)|(الأكثر|الاكثر)\s+(قراءة|مشاهدة|تعليقا|تعليقاً|تداولا)|related(\s+(news|stories|articles))?|read\s+(also|more)|see\s+also|more\s+stories)(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex(@"^\s*([-–•*»◄►▪■●◆>○◦◀▶➤+]|\p{So}|\d{1,2}[.)\-])\uFE0F?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(و|ف)\S{2,}\s|^(كما|يذكر|يُذكر|يشار|إلى\s+ذلك|من\s+(جهت|جانب|ناحي))", RegexOptions.CultureInvariant)]
    private static partial Regex Continuation();
}

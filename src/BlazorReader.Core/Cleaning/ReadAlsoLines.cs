using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// The titles under a header of other stories (OtherStoriesHeader) that carries none itself:
// bulleted or not; «مقالات أخرى للكاتب» with the titles run together after it.
internal static partial class ReadAlsoLines
{
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
            // An icon or a symbol opens no list of the story's: under it a teaser's lead may end
            // in a full stop as it does on the story's own page.
            return line.Length <= 250 && line[^1] != ':' && (!plain || line[^1] != '.') && words >= (plain && !firstUnderHeader ? 4 : plain ? 2 : 1);
        }
        return line.Length >= (firstUnderHeader ? 12 : 30) && line.Length <= 110 && words >= 2
            && line[^1] is not ('.' or ':' or '،' or ',') && !Continuation().IsMatch(line) && !LabelledNumber().IsMatch(line);
    }

    public static string WithoutBullet(string line) => Bullet().Replace(line, "").Trim();

    // The bullet's kind («-», «•», a number), digits set aside so «1-» and «2-» match. A doubled
    // mark is a kind of its own: an interview prints its questions «•» and its answers «••».
    public static string BulletOf(string line)
    {
        if (Bullet().Match(line) is not { Success: true } m)
        {
            return "";
        }
        var mark = m.Value.Trim();
        for (var at = m.Index + m.Length; mark.Length > 0 && at < line.Length && line[at] == mark[^1]; at++)
        {
            mark += line[at];
        }
        return new string([.. mark.Where(c => !char.IsDigit(c))]);
    }

    [GeneratedRegex(@"^\s*(" + LineIcons.Bullet + @"|\d{1,2}[.)\-])\uFE0F?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    // «الرقم الموحد للبلاغات: 920023653»: a label and its number, the story's data, no headline.
    [GeneratedRegex(@"^[^:]{2,50}:\s*[+(]?[\d٠-٩][\d٠-٩\s\-/()]{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledNumber();

    [GeneratedRegex(@"^(و|ف)\S{2,}\s|^(كما|يذكر|يُذكر|يشار|إلى\s+ذلك|من\s+(جهت|جانب|ناحي))", RegexOptions.CultureInvariant)]
    private static partial Regex Continuation();
}

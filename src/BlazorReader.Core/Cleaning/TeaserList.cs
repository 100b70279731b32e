using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Other stories as a list, the way every Arabic news site prints them under a story: a header
// (OtherStoriesHeader) then items that each carry the list's mark: one bullet or
// number for all («١) …», «2- …», «■ …»), or their own time after a separator («… - منذ ٢٩
// دقيقة», «… | الجمعة، 9 أكتوبر 2012»). A story's own paragraphs carry neither.
internal static partial class TeaserList
{
    public const string Dated = "dated";
    public const string Numbered = "#";

    // A news ticker's label («عاجل», «⚡ عاجل |», «خبر عاجل:») marks each of its items as a bullet
    // does, whatever dresses it; no story's own line opens on it (none in the corpus).
    public const string Breaking = "عاجل";

    // The list mark a line carries: its bullet's kind (digits set aside, so «1-» and «٢-» match),
    // «dated» for a trailing time, or null for a line with neither.
    public static string? Mark(string line)
    {
        if (line.Length > 320)
        {
            return null;
        }
        // Numbers mark one list however each is closed («1-», «2.», «٣)»); a bullet is the same
        // bullet with or without a space after it.
        if (Bulleted().Match(line) is { Success: true } m)
        {
            return m.Value.Any(char.IsDigit) ? Numbered : m.Value.Contains(Breaking, StringComparison.Ordinal) ? Breaking : m.Value.Trim();
        }
        return TimeAfter(line) is not null ? Dated : EndsInArrow(line) ? Arrow : null;
    }

    // A link's arrow set apart after a title («… سوق تخزين الطاقة »»): the list's mark at the
    // line's other end. A closing quotation mark hugs its word and closes an opening one.
    public const string Arrow = "»";

    private static bool EndsInArrow(string line) =>
        line.Length > 3 && line[^2] == ' ' && line[^1] is '»' or '›' or '←'
            && (line[^1] != '»' || line.Count(c => c == '«') < line.Count(c => c == '»'));

    public static string WithoutBullet(string line) => Bulleted().Replace(line, "");

    // A short sentence closed by one full stop and marked as a list's item («٤. مراجعة
    // الإجراءات المتبعة خلال شهر.»), or a line marked as a question or an answer («س: …»,
    // «جواب: …»): a point of the story's own. Other stories are listed by titles, which end bare
    // (5 corpus titles in 31,030 end on a full stop), or by leads, which run longer (one first
    // sentence in forty is this short). Unmarked, such a sentence may be a lead cut short, or a
    // table's note, and is weighed as any line.
    public static bool IsStoryPoint(string line)
    {
        if (IsQuestionOrAnswer(line))
        {
            return true;
        }
        var item = Item(line);
        return item.Length < ShortSentence && EndsOnAFullStop(item) && Mark(line) is { } mark && mark != Dated;
    }

    // One full stop closes it, not an ellipsis written as dots.
    public static bool EndsOnAFullStop(string text) => text.TrimEnd() is { Length: > 1 } t && t[^1] == '.' && t[^2] != '.';

    private const int ShortSentence = 60;

    public static bool IsQuestionOrAnswer(string line) => QuestionOrAnswer().IsMatch(line);

    [GeneratedRegex(@"^\W{0,3}(س|ج|سؤال|جواب|السؤال|الجواب)\s*[:：/]", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionOrAnswer();

    // The story the item names, without its bullet or its time.
    public static string Item(string line)
    {
        var text = Bulleted().Replace(line, "").Trim();
        text = EndsInArrow(text) ? text[..^1].TrimEnd() : text;
        return TimeAfter(text) is { } at ? text[..at].TrimEnd(' ', '-', '–', '|', '—', '·') : text;
    }

    // Where a trailing time starts («- الخميس، ٢٩ نوفمبر ٢٠١٣», «| قبل ساعتين», «(منذ ١٤ ساعة)»), or null.
    private static int? TimeAfter(string line)
    {
        // A time in brackets closes a title the way a separator does: a story's sentence puts
        // its date in its words, not in brackets after its last one.
        // A card's reading time closes it so too («… (٦ دقائق)», «(4 د)»).
        if (line.Length > 0 && line[^1] is ')' or ']' && Bracketed().Match(line) is { Success: true, Index: >= 12 } b
            && (IsTime(b.Groups["time"].Value.Trim()) || ReadingTime().IsMatch(b.Groups["time"].Value.Trim())))
        {
            return b.Index;
        }
        foreach (var m in Separator().EnumerateMatches(line))
        {
            // Measured before it is made: most separators in a line have a sentence after them.
            if (m.Index >= 12 && line.AsSpan(m.Index + m.Length).Trim().Length is > 3 and <= 40 && IsTime(line[(m.Index + m.Length)..].Trim()))
            {
                return m.Index;
            }
        }
        // Pages that part them with spaces alone print them with one space once collapsed: the
        // longest run of last words that reads as a time, opening as times do. Only the last six
        // words are ever read: they are found from the end, not by splitting the line.
        var words = line.AsSpan().Count(' ') + 1;
        Span<int> space = stackalloc int[7];
        space[0] = line.Length;
        for (var s = 1; s < space.Length && s < words; s++)
        {
            space[s] = line.LastIndexOf(' ', space[s - 1] - 1);
        }
        // The shortest such run, and the weekday before it: «حتى 28 شوال 12 مارس 2014» keeps its «28 شوال».
        for (var k = 2; k <= Math.Min(5, words - 3); k++)
        {
            var tail = line[(space[k] + 1)..];
            if (Ago().IsMatch(tail) ? CounterLines.Reason(tail) == "counter" : TimeOpening().IsMatch(tail) && Year().IsMatch(tail) && DateLines.IsDate(tail))
            {
                if (k + 1 < words - 2 && line[(space[k + 1] + 1)..space[k]] is var before && TimeOpening().IsMatch(before + " ") && !char.IsDigit(before[0]))
                {
                    tail = before + " " + tail;
                }
                return line.Length - tail.Length - 1;
            }
        }
        return null;
    }

    // A card may drop the «منذ» of its age («| 8 ساعة», «- 17 دقيقة»): after a separator, a
    // count of minutes, hours or days alone is that age. No corpus line ends so.
    private static bool IsTime(string text) => DateLines.IsDate(text) || CounterLines.Reason(text) == "counter" && Ago().IsMatch(text) || BareAge().IsMatch(text);

    [GeneratedRegex(@"^[\d٠-٩]{1,2}\s*(ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|ايام)$", RegexOptions.CultureInvariant)]
    private static partial Regex BareAge();

    [GeneratedRegex(@"\s*[(\[](?<time>[^()\[\]]{3,40})[)\]]$", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^[\d٠-٩]{1,3}\s*(د|دق|دقيقة|دقائق|دقيقتان|دقيقتين|min|mins|minutes)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"^([\d٠-٩]|(الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)،?\s)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOpening();

    // A title may end in a day of a month («حتى 28 شوال»); a printed time carries its year.
    // Four digits in either script: a year, as a date or a caption holds one.
    [GeneratedRegex(@"[\d٠-٩]{4}", RegexOptions.CultureInvariant)]
    internal static partial Regex Year();

    // A ticker's label, a bullet (an arrow too: «←» is a mathematical symbol to Unicode) or a
    // number (Western or Arabic-Indic) closed by «)», «-», «.» or «/», then a space or, pressed
    // against it, the item's first letter.
    [GeneratedRegex(@"^\s*(?:(?:(?:" + LineIcons.Bullet + @")\uFE0F?\s*)?(?:خبر\s+)?عاجل\s*[|:\-–—]?(?=\s)|" + LineIcons.Bullet + @"|[\u2190-\u21FF]|[\d٠-٩]{1,2}\s*[.)\-–/]|[(\[][\d٠-٩]{1,2}[)\]])\uFE0F?(?:\s+|(?=\p{L}))", RegexOptions.CultureInvariant)]
    private static partial Regex Bulleted();

    // A bar parts a title from its time pressed against either (« …للإسلام| 8 ساعة»): no
    // sentence holds one. A dash needs its spaces, as words are joined by it too.
    [GeneratedRegex(@"\s+[-–—·]\s+|\s*\|\s*|\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(منذ|قبل)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Ago();
}

using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A card's stamp: where another story came from and how long ago, on a line of its own, as
// lists of other stories print one under each title («خبرني · منذ ساعتين», «الخليج 15 س»,
// «الصريح منذ يومين», «عدن الغد • ١١:٢٩ مساءً»). A story says when inside a sentence; it never
// prints a paper and an age alone. An age or a clock alone is no card's (a live blog stamps its
// own updates so, and a programme its items); nor is a date: a story's tables and
// schedules print dates and scores beside a name («موسم 2013 - 2014 م», «السعودية x الأردن 2-2»).
internal static partial class StampLine
{
    private const int MaxLength = 60;

    public static bool Is(string line)
    {
        if (Bare(line) is not { } t)
        {
            return false;
        }
        // An age alone is a live blog's or a page's stamp, not a card's.
        if (IsAge(t))
        {
            return false;
        }
        // Names have spaces: every separator is tried as the one between name and time.
        foreach (Match m in Separator().Matches(t))
        {
            var (source, time) = (t[..m.Index].Trim(), t[(m.Index + m.Length)..].Trim());
            if (IsSource(source) && (IsAge(time) || DateLines.IsClockStamp(time)))
            {
                return true;
            }
        }
        return false;
    }

    // A card's section and its date («صحة | 2015/7/31», «اقتصاد · ٢٠-٠٧-٢٠١٥»): a section's
    // name is the site's vocabulary, and no story's line is a section and a date alone (none in
    // the corpus); a name of anything else beside a date may be a story's schedule.
    public static bool IsSectionDate(string line) =>
        Bare(line) is { } t && SectionSeparator().Match(t) is { Success: true } m
        && SectionLines.IsSection(t[..m.Index]) && DateLines.IsDate(t[(m.Index + m.Length)..].Trim());

    // The line without its icons and brackets, or null when nothing or too much is left for a stamp.
    private static string? Bare(string line)
    {
        var t = LineIcons.Trim(line).Trim('(', ')', '[', ']', ' ');
        return t.Length is 0 or > MaxLength ? null : t;
    }

    private static bool IsAge(string t) => CounterLines.IsAge(t) || ShortAge().IsMatch(t) || AgeWord().IsMatch(t);

    // A paper's or a section's name: one to four words, no digits, no stop, not a sentence's opening.
    private static bool IsSource(string source)
    {
        if (source.Length is 0 or > 30 || source.Any(char.IsDigit) || source.IndexOfAny(['.', '،', '؟', '!', ':', '«', '"']) >= 0)
        {
            return false;
        }
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // «الأحد», «آخر تحديث», «عاجل»: a stamp's own words round a clock, not a source.
        return words.Length <= 4 && !PersonNames.IsName(source) && !DateLines.IsClockStamp(source + " 10:00") && !ParagraphOpening.Continues(source) && !ParagraphOpening.OpensWithNewsVerb(source);
    }

    // «١٢س», «15 س», «3 د», «2 ي», «5h», «10 min», «11 ساعة», «٣ أيام».
    [GeneratedRegex(@"^[\d٠-٩]{1,2}\s?(س|د|ي|ث|h|m|d|min|mins|hr|hrs|ساعة|ساعات|دقيقة|دقائق|يوم|أيام|ايام|أسبوع|أسابيع)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortAge();

    [GeneratedRegex(@"^(أمس|امس|البارحة|الآن|الان|للتو|منذ\s+قليل|قبل\s+قليل|منذ\s+لحظات|قبل\s+لحظات|just\s+now|yesterday)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeWord();

    [GeneratedRegex(@"\s*[·•|\-–—/،,]\s*|\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    // The first separator: a date holds «/» and «-» of its own.
    [GeneratedRegex(@"\s*[·•|–—،,]\s*|\s+[-/]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SectionSeparator();
}

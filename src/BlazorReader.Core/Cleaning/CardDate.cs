using System.Globalization;
using System.Text.RegularExpressions;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// The date line a post's card prints above or below it, alone on its line: «Dec 5, 2026»,
// «١٠:٣٢ م · ٥ ديسمبر ٢٠٢٦», «10:32 AM · Dec 5, 2026», «الأحد 5 ديسمبر 2026», «05/12/2026»,
// «2026-12-05», «Dec 5, 2026 · 4:32 AM UTC». A clock, its zone and a weekday round the date
// say nothing more; numbers alone are read day first, as Arabic pages print them, and a
// year-first date is ISO.
internal static partial class CardDate
{
    private const int MaxLength = 50;

    public static DateOnly? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        line = WithoutClient(line);
        // Without the Hijri date beside it, or a machine's clock after it, the Gregorian date is read first.
        var gregorian = IsoStamp().Replace(HijriBeside().Replace(line, " "), "${day}").Trim();
        return (gregorian != line.Trim() ? ParseAlone(gregorian) : null) ?? ParseAlone(line) ?? HijriAlone(line);
    }

    // The Hijri day alone («٤ شوال ١٤٣٦ هـ»), as Saudi pages print it: read in the Umm al-Qura
    // calendar, the kingdom's own.
    private static DateOnly? HijriAlone(string line)
    {
        if (line.Length > MaxLength || !line.Any(char.IsDigit) || HijriDay().Match(Around().Replace(ArabicNormalizer.Normalize(line), " ").Trim()) is not { Success: true } m
            || !HijriMonths.TryGetValue(Spaces().Replace(m.Groups["month"].Value, " "), out var month))
        {
            return null;
        }
        var (year, day) = (int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture));
        return year is >= 1318 and <= 1500 && day is >= 1 && day <= UmAlQura.GetDaysInMonth(year, month)
            ? DateOnly.FromDateTime(UmAlQura.ToDateTime(year, month, day, 0, 0, 0, 0)) : null;
    }

    private static readonly UmAlQuraCalendar UmAlQura = new();

    private static readonly Dictionary<string, int> HijriMonths = BuildHijriMonths();

    private static Dictionary<string, int> BuildHijriMonths()
    {
        string[] names = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
        var months = names.Select((name, i) => (ArabicNormalizer.Normalize(name), i + 1)).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        foreach (var (other, month) in new[] { ("ربيع الثاني", 4), ("جمادى الثانية", 6), ("ذي القعدة", 11), ("ذي الحجة", 12) })
        {
            months[ArabicNormalizer.Normalize(other)] = month;
        }
        return months;
    }

    [GeneratedRegex(@"^(?<day>\d{1,2})\s+(?<month>\D{3,16}?)\s+(?<year>1[34]\d{2})\s*(?:هـ|ه)?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex HijriDay();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    private static DateOnly? ParseAlone(string line)
    {
        if (line.Length > MaxLength || !line.Any(char.IsDigit))
        {
            return null;
        }
        var flat = ArabicNormalizer.Normalize(line);
        var date = Around().Replace(flat, " ").Trim();
        if (PrintedDate.Parse(date) is { } printed)
        {
            return printed;
        }
        if (Numeric().Match(date) is { Success: true } n)
        {
            return n.Groups["y1"].Success
                ? Make(n.Groups["y1"].Value, n.Groups["m1"].Value, n.Groups["d1"].Value)
                : Make(n.Groups["y2"].Value, n.Groups["m2"].Value, n.Groups["d2"].Value);
        }
        return null;
    }

    // The app a card says the post was sent from closes its date: «31/07/2015 Twitter for
    // iPhone», «5 أغسطس 2015 من تطبيق X»; so does its mark of an edited post («· تم التعديل»).
    public static string WithoutClient(string line) => Client().Replace(line, "");

    // An edited post's mark, after its date here and alone on its line (PostChrome).
    public const string Edited = @"تم\s+(?:التعديل|تعديله|تعديلها)|edited";

    [GeneratedRegex(@"\s+(?:(?:Twitter|X)\s+(?:for\s+\w+|Web\s+(?:App|Client))|via\s+\S+|(?:من|عبر)\s+(?:تطبيق\s+\S+|تويتر|X|آيفون|أندرويد)|(?:[·•|]\s*)?(?:" + Edited + @"))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Client();

    // The Hijri date a Saudi card prints beside the Gregorian one, before or after it, in
    // brackets or joined by «الموافق» («31/7/2015 (15 شوال 1436 هـ)», «٢٢ شوال ١٤٣٦هـ الموافق ٧ أغسطس
    // ٢٠١٥»): the Gregorian date is the post's.
    [GeneratedRegex(@"\(?\s*[\d٠-٩]{1,2}\s+(محرم|صفر|ربيع\s+(الأول|الاول|الآخر|الاخر|الثاني)|جمادى\s+(الأولى|الاولى|الآخرة|الاخرة|الثانية)|رجب|شعبان|رمضان|شوال|(ذو|ذي)\s+(القعدة|الحجة))\s+[\d٠-٩]{4}\s*(هـ|ه)?\.?\s*\)?(\s*(الموافق|الموافق\s+ل|م\.?\s+الموافق))?", RegexOptions.CultureInvariant)]
    private static partial Regex HijriBeside();

    // A machine's stamp: «2015-08-05T05:01:00+03:00», «2015-08-07T08:14Z».
    [GeneratedRegex(@"(?<day>\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoStamp();

    private static DateOnly? Make(string year, string month, string day)
    {
        var (y, m, d) = (int.Parse(year, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture), int.Parse(day, CultureInfo.InvariantCulture));
        return y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    // Clocks («10:32», «١٠:٣٢ م», «10:32 AM»), weekdays, the marks between them and the date.
    [GeneratedRegex(@"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|ص|م|مساء|صباحا|صباحًا)(?=\s|$|[·•|]))?|(?:يوم\s+)?(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)(?=\s|$|[،,])|\b(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|\b(?i:utc|gmt)\b|ت\.غ|بتوقيت\s+\S+|(?:^|\s)الساعه(?=\s)|[·•|]|\s[-–—]\s|^[-–—]\s*|[،,]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Around();

    [GeneratedRegex(@"^(?:(?<y1>\d{4})[-/.٫](?<m1>\d{1,2})[-/.٫](?<d1>\d{1,2})|(?<d2>\d{1,2})[-/.٫](?<m2>\d{1,2})[-/.٫](?<y2>\d{4}))\s*م?$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}

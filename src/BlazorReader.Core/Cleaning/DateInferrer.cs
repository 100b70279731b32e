using System.Globalization;
using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Late, once tweets and datelines have left their dates as evidence. The given date wins;
// otherwise the newest dated evidence (a tweet cannot postdate its article), moved forward to
// the weekday the text names with «اليوم» when that day falls within the following week.
internal sealed partial class DateInferrer : ICleaningStep
{
    private static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new()
    {
        ["الأحد"] = DayOfWeek.Sunday, ["الاحد"] = DayOfWeek.Sunday, ["الاثنين"] = DayOfWeek.Monday, ["الإثنين"] = DayOfWeek.Monday,
        ["الثلاثاء"] = DayOfWeek.Tuesday, ["الأربعاء"] = DayOfWeek.Wednesday, ["الاربعاء"] = DayOfWeek.Wednesday,
        ["الخميس"] = DayOfWeek.Thursday, ["الجمعة"] = DayOfWeek.Friday, ["السبت"] = DayOfWeek.Saturday,
    };

    public void Apply(CleaningContext context)
    {
        if (context.Raw.PublishedAt is { } given)
        {
            context.PublishedAt = DateOnly.FromDateTime(given);
            return;
        }
        if (context.Dateline is { } dateline && GregorianDate(dateline) is { } fromDateline)
        {
            context.DateEvidence.Add(fromDateline);
        }
        if (context.DateEvidence.Count == 0)
        {
            return;
        }
        var date = context.DateEvidence.Max();
        var body = string.Join(' ', context.Lines.Take(3).Select(l => l.Text));
        if (Today().Match(body) is { Success: true } m && Weekdays.TryGetValue(m.Groups[1].Value, out var day))
        {
            var ahead = ((int)day - (int)date.DayOfWeek + 7) % 7;
            date = date.AddDays(ahead);
        }
        context.PublishedAt = date;
        context.PublishedAtInferred = true;
    }

    // «… الموافق 11 أغسطس 2015 م»: Arabic month names, Western or Arabic-Indic digits.
    internal static DateOnly? GregorianDate(string text)
    {
        var m = ArabicDate().Match(text);
        if (!m.Success)
        {
            return null;
        }
        var month = Array.FindIndex(Months, n => Arabic.ArabicNormalizer.Normalize(n) == Arabic.ArabicNormalizer.Normalize(m.Groups["month"].Value));
        var day = int.Parse(Arabic.ArabicNormalizer.Normalize(m.Groups["day"].Value), CultureInfo.InvariantCulture);
        var year = int.Parse(Arabic.ArabicNormalizer.Normalize(m.Groups["year"].Value), CultureInfo.InvariantCulture);
        return month >= 0 && day is >= 1 and <= 31 && day <= DateTime.DaysInMonth(year, month + 1) ? new DateOnly(year, month + 1, day) : null;
    }

    [GeneratedRegex(@"(?<day>[\d٠-٩]{1,2})\s+(?<month>\S+)\s+(?<year>[\d٠-٩]{4})\s*م?(?!\s*هـ)", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicDate();

    [GeneratedRegex(@"اليوم\s*[-(]?\s*(الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)", RegexOptions.CultureInvariant)]
    private static partial Regex Today();
}

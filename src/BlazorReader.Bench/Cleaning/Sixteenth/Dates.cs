using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Sixteenth;

// Dates and clock times as pages and apps print them: Arabic or English month names, either
// digit script, numeric forms, with or without the weekday.
internal static class Dates
{
    public static readonly string[] ArabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    // The story's own date when it has a plausible one (calendars and arithmetic need room).
    public static DateOnly Of(Page page) => page.Article.PublishedAt is { Year: >= 2000 and <= 2060 } at
        ? DateOnly.FromDateTime(at)
        : new DateOnly(2015, 7, 21).AddDays(Math.Abs(page.Article.Text.Length % 700));

    public static string English(DateOnly d, DressingRandom r) => r.Chance(0.7)
        ? d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)
        : d.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    public static string Arabic(DateOnly d, DressingRandom r)
    {
        var text = $"{d.Day.ToString(CultureInfo.InvariantCulture)} {ArabicMonths[d.Month - 1]}{r.Pick(" ", "، ", " ")}{d.Year.ToString(CultureInfo.InvariantCulture)}";
        return r.Chance(0.4) ? DressingRandom.ToArabicIndic(text) : text;
    }

    // Any printed form of a date, for noise lines that carry one (no date is expected of them).
    public static string Any(DateOnly d, DressingRandom r) => r.Next(7) switch
    {
        0 => English(d, r),
        1 => Arabic(d, r),
        2 => Weekdays[(int)d.DayOfWeek] + r.Pick(" ", "، ", " - ") + Arabic(d, r),
        3 => Digits(d.ToString(r.Pick("dd/MM/yyyy", "d/M/yyyy", "yyyy/MM/dd"), CultureInfo.InvariantCulture), r),
        4 => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        5 => $"{d.Day.ToString(CultureInfo.InvariantCulture)} {LevantMonths[d.Month - 1]} {d.Year.ToString(CultureInfo.InvariantCulture)}",
        _ => Digits(d.Day.ToString(CultureInfo.InvariantCulture), r) + " " + ArabicMonths[d.Month - 1] + " " + Digits(d.Year.ToString(CultureInfo.InvariantCulture), r) + r.Pick("م", " م", ""),
    };

    public static string Clock(DressingRandom r)
    {
        var hour = r.Between(1, 12).ToString(CultureInfo.InvariantCulture);
        var minute = r.Between(0, 59).ToString("00", CultureInfo.InvariantCulture);
        return r.Next(3) switch
        {
            0 => Digits($"{hour}:{minute}", r) + " " + r.Pick("ص", "م", "صباحاً", "مساءً"),
            1 => $"{hour}:{minute} {r.Pick("AM", "PM", "am", "pm")}",
            _ => Digits($"{r.Between(0, 23).ToString("00", CultureInfo.InvariantCulture)}:{minute}", r),
        };
    }

    // "منذ ٥ دقائق", "3h", "أمس": how apps and cards age a story.
    public static string Ago(DressingRandom r) => r.Next(5) switch
    {
        0 => "منذ " + r.Number(r.Between(2, 59)) + " " + r.Pick("دقيقة", "دقائق", "د"),
        1 => "منذ " + r.Pick("ساعة", "ساعتين", r.Number(r.Between(3, 10)) + " ساعات"),
        2 => r.Between(1, 23).ToString(CultureInfo.InvariantCulture) + r.Pick("h", "m", " min", " hrs"),
        3 => r.Pick("أمس", "الآن", "اليوم", "Yesterday", "now"),
        _ => "قبل " + r.Number(r.Between(2, 6)) + " " + r.Pick("أيام", "ساعات"),
    };

    // A year or day as printed: never grouped, in either digit script.
    public static string Year(int value, DressingRandom r) => Digits(value.ToString(CultureInfo.InvariantCulture), r);

    public static string Digits(string text, DressingRandom r) => r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
}

using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Tenth;

// Dates, times and counts as the pages print them: month names of the copy's country or in
// English, Western or Arabic-Indic digits, and the few ways a figure is abbreviated.
public static class Stamp
{
    private static readonly string[] Gregorian = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] Syriac = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] Maghreb = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"];
    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static string Digits(DressingRandom r, string text, double indic = 0.35) => r.Chance(indic) ? DressingRandom.ToArabicIndic(text) : text;

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Month(DateTime day, MonthStyle style) => (style switch
    {
        MonthStyle.Syriac => Syriac,
        MonthStyle.Maghreb => Maghreb,
        _ => Gregorian,
    })[day.Month - 1];

    public static string English(DateTime day, DressingRandom r) => r.Next(3) switch
    {
        0 => day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
        1 => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        _ => day.ToString("MMM d, yyyy", CultureInfo.InvariantCulture),
    };

    // A page's date line: with or without the weekday, the month named or numbered.
    public static string Day(DateTime day, MonthStyle style, DressingRandom r)
    {
        var text = r.Next(5) switch
        {
            0 => $"{N(day.Day)} {Month(day, style)} {N(day.Year)}",
            1 => $"{Weekdays[(int)day.DayOfWeek]}{r.Pick(" ", "، ", " - ")}{N(day.Day)} {Month(day, style)} {N(day.Year)}",
            2 => day.ToString(r.Pick("yyyy/MM/dd", "dd/MM/yyyy", "dd.MM.yyyy", "yyyy-MM-dd"), CultureInfo.InvariantCulture),
            3 => $"{N(day.Day)} {Month(day, style)}{r.Pick("", " (" + Month(day, r.Chance(0.5) ? MonthStyle.Syriac : MonthStyle.Gregorian) + ")")} {N(day.Year)}",
            _ => $"{N(day.Day)}/{N(day.Month)}/{N(day.Year)}",
        };
        return Digits(r, text);
    }

    public static string Time(DateTime day, DressingRandom r)
    {
        var h = r.Between(0, 23);
        var m = r.Between(0, 59);
        var text = r.Chance(0.5) ? $"{h:00}:{m:00}" : $"{(h % 12 == 0 ? 12 : h % 12)}:{m:00} {(h < 12 ? r.Pick("ص", "صباحاً", "AM") : r.Pick("م", "مساءً", "PM"))}";
        return Digits(r, text);
    }

    public static string Ago(DressingRandom r) => r.Next(4) switch
    {
        0 => $"منذ {Digits(r, N(r.Between(2, 59)))} دقيقة",
        1 => $"منذ {Digits(r, N(r.Between(2, 23)))} ساعة",
        2 => $"{Digits(r, N(r.Between(1, 23)))} {r.Pick("س", "h", "د")}",
        _ => r.Pick("منذ يوم", "أمس", "منذ يومين", "قبل ساعة"),
    };

    // A count the way widgets shorten it: 1.2K, 3 ألف, ١٫٤ مليون, or whole.
    public static string Count(DressingRandom r, int max = 90_000)
    {
        var n = r.Between(3, max);
        return r.Next(4) switch
        {
            0 when n >= 1000 => (n / 1000.0).ToString("0.#", CultureInfo.InvariantCulture) + r.Pick("K", "k", " ألف", "ألف"),
            1 when n >= 1000 => Digits(r, (n / 1000.0).ToString("0.#", CultureInfo.InvariantCulture), 0.7) + " " + r.Pick("ألف", "آلاف"),
            _ => r.Number(n),
        };
    }

    public static string Icon(DressingRandom r, params string[] icons) => r.Chance(0.45) ? r.Pick(icons) + r.Pick(" ", "", "\u00A0") : "";
}

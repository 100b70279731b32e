using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// Dates as the pages of this catalogue print them: Egyptian-Gulf month names, the Syriac
// names of the Levant and Iraq (now and then with the other name beside), Umm al-Qura Hijri dates
// on Saudi institutions, solar-Hijri dates with Persian digits on Iranian services, and the
// plain numeric stamps of Russian and Chinese CMSs.
internal enum MonthNames
{
    Gulf,
    Levant,
}

internal static class PageCalendar
{
    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] Levant = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    private static readonly string[] SolarMonths = ["فروردين", "أرديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "آبان", "آذر", "دي", "بهمن", "إسفند"];

    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static readonly UmAlQuraCalendar Hijri = new();

    private static readonly PersianCalendar Solar = new();

    public static string Weekday(DateOnly day) => Weekdays[(int)day.DayOfWeek];

    private static string N(int value, string? format = null) => value.ToString(format, CultureInfo.InvariantCulture);

    // Day and month name in the naming tradition of the page's region (Gulf and Egypt, or the
    // Levant and Iraq), with or without weekday.
    public static string Spoken(DateOnly day, DressingRandom r, int script, MonthNames region = MonthNames.Gulf)
    {
        var names = region == MonthNames.Levant ? Levant : Months;
        var month = names == Levant && r.Chance(0.3) ? Levant[day.Month - 1] + " (" + Months[day.Month - 1] + ")" : names[day.Month - 1];
        var text = N(day.Day) + " " + month + " " + N(day.Year);
        return Ink.Digits(r.Chance(0.4) ? Weekday(day) + r.Pick(" ", "، ", " - ") + text : text, script);
    }

    // Dotted dates are a Latin-digit CMS's habit; Arabic-Indic dates take slashes or dashes.
    public static string Numeric(DateOnly day, DressingRandom r, int script) => Ink.Digits((script == 0 ? r.Next(4) : r.Pick(0, 1, 3)) switch
    {
        0 => N(day.Day, "00") + "/" + N(day.Month, "00") + "/" + N(day.Year),
        1 => N(day.Year) + "-" + N(day.Month, "00") + "-" + N(day.Day, "00"),
        2 => N(day.Day, "00") + "." + N(day.Month, "00") + "." + N(day.Year),
        _ => N(day.Year) + "/" + N(day.Month) + "/" + N(day.Day),
    }, script);

    public static string Time(DressingRandom r, int script, bool twelveHour) => Ink.Digits(twelveHour
        ? N(r.Between(1, 12)) + ":" + N(r.Between(0, 59), "00") + " " + r.Pick("ص", "م", "صباحًا", "مساءً")
        : N(r.Between(0, 23), "00") + ":" + N(r.Between(0, 59), "00"), script);

    public static string EnglishTime(DressingRandom r) => N(r.Between(1, 12)) + ":" + N(r.Between(0, 59), "00") + " " + r.Pick("AM", "PM");

    public static string HijriDate(DateOnly day, DressingRandom r, int script)
    {
        var at = day.ToDateTime(TimeOnly.MinValue);
        var (y, m, d) = (Hijri.GetYear(at), Hijri.GetMonth(at), Hijri.GetDayOfMonth(at));
        return Ink.Digits(r.Chance(0.5)
            ? N(d) + " " + HijriMonths[m - 1] + " " + N(y) + r.Pick("هـ", " هـ", "ه")
            : N(y) + "/" + N(m, "00") + "/" + N(d, "00") + r.Pick("هـ", " هـ"), script);
    }

    // Iranian services date by the solar Hijri year, in Persian digits.
    public static string SolarDate(DateOnly day, DressingRandom r)
    {
        var at = day.ToDateTime(TimeOnly.MinValue);
        var (y, m, d) = (Solar.GetYear(at), Solar.GetMonth(at), Solar.GetDayOfMonth(at));
        return Ink.Persian(r.Chance(0.5) ? N(y) + "/" + N(m, "00") + "/" + N(d, "00") : N(d) + " " + SolarMonths[m - 1] + " " + N(y));
    }

    public static string English(DateOnly day, DressingRandom r) =>
        r.Chance(0.5) ? day.ToString("MMM d, yyyy", CultureInfo.InvariantCulture) : day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

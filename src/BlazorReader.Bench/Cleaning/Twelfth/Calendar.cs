using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Twelfth;

// Dates as the twelfth's pages print them: Gregorian months by their Egyptian, Levantine and
// Maghreb names, the Hijri date beside them (Umm al-Qura, as Gulf and Sudanese pages reckon
// it), French for the Paris and Djibouti pages, English for embeds.
internal static class Calendar
{
    public static readonly string[] Egyptian = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] Levantine = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] Maghreb = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] Hijri = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    private static readonly string[] French = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static readonly string[] English = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Days = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static readonly UmAlQuraCalendar UmmAlQura = new();

    public static DateOnly Day(DressingRandom r) => new DateOnly(2012, 1, 1).AddDays(r.Next(365 * 13));

    public static string WeekDay(DateOnly d) => Days[(int)d.DayOfWeek];

    // «3 أغسطس 2025», «3 آب/أغسطس 2025», «الأحد، 3 أغسطس 2025», «2025/08/03», «03-08-2025».
    public static string Arabic(DressingRandom r, DateOnly d, string? style = null)
    {
        var month = (style ?? r.Pick("eg", "eg", "lev", "both", "mag")) switch
        {
            "lev" => Levantine[d.Month - 1],
            "both" => Levantine[d.Month - 1] + r.Pick("/", " / ", " - ") + Egyptian[d.Month - 1],
            "mag" => Maghreb[d.Month - 1],
            _ => Egyptian[d.Month - 1],
        };
        var text = r.Next(6) switch
        {
            0 => $"{d.Year}/{d.Month:00}/{d.Day:00}",
            1 => $"{d.Day:00}-{d.Month:00}-{d.Year}",
            2 => WeekDay(d) + Ink.Comma(r) + $"{d.Day} {month} {d.Year}",
            _ => $"{d.Day} {month} {d.Year}",
        };
        return Ink.Digits(r, text);
    }

    public static string HijriDate(DressingRandom r, DateOnly d)
    {
        var at = d.ToDateTime(TimeOnly.MinValue);
        var text = $"{UmmAlQura.GetDayOfMonth(at)} {Hijri[UmmAlQura.GetMonth(at) - 1]} {UmmAlQura.GetYear(at)}" + r.Pick(" هـ", "هـ", " ه", "");
        return Ink.Digits(r, text);
    }

    // Both calendars on one line, as Gulf and Sudanese papers date an edition.
    public static string Dual(DressingRandom r, DateOnly d) => r.Chance(0.5)
        ? HijriDate(r, d) + r.Pick(" الموافق ", " - ", " | ", " ـ ") + Arabic(r, d)
        : Arabic(r, d) + r.Pick(" الموافق ", " - ", " | ", " (") + HijriDate(r, d) + (r.Chance(0.3) ? ")" : "");

    public static string InFrench(DressingRandom r, DateOnly d) => r.Chance(0.5) ? $"{d.Day} {French[d.Month - 1]} {d.Year}" : $"{d.Day:00}/{d.Month:00}/{d.Year}";

    public static string InEnglish(DateOnly d) => $"{English[d.Month - 1]} {d.Day}, {d.Year}";

    public static string Clock(DressingRandom r) => Ink.Digits(r, r.Next(3) switch
    {
        0 => $"{r.Between(1, 12)}:{r.Next(60):00} {r.Pick("ص", "م", "صباحاً", "مساءً")}",
        1 => $"{r.Next(24):00}:{r.Next(60):00}",
        _ => $"{r.Between(1, 12)}:{r.Next(60):00} {r.Pick("AM", "PM")}",
    });
}

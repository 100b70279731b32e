using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// Dates as pages print them: Gregorian or Hijri (Umm al-Qura), with or without the weekday,
// in either script; English and French forms for posts.
internal static class Dates
{
    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    private static readonly string[] Days = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static readonly string[] French = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

    private static readonly UmAlQuraCalendar Hijri = new();

    // A year, a telephone or a box number: never grouped, in either script.
    public static string Plain(DressingRandom r, int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    public static string Weekday(DateTime d) => Days[(int)d.DayOfWeek];

    public static string Gregorian(DressingRandom r, DateTime d) =>
        r.Number(d.Day) + " " + Months[d.Month - 1] + r.Pick(" ", "، ", " ") + Plain(r, d.Year);

    public static string HijriDate(DressingRandom r, DateTime d) =>
        r.Number(Hijri.GetDayOfMonth(d)) + " " + HijriMonths[Hijri.GetMonth(d) - 1] + " " + Plain(r, Hijri.GetYear(d)) + r.Pick("هـ", " هـ", "");

    // A date for a dateline or a byline: one calendar or both, a weekday sometimes.
    public static string Any(DressingRandom r, DateTime d)
    {
        var day = r.Chance(0.35) ? Weekday(d) + r.Pick(" ", "، ") : "";
        return r.Next(4) switch
        {
            0 => day + HijriDate(r, d),
            1 => day + HijriDate(r, d) + r.Pick(" الموافق ", " - ", " / ") + Gregorian(r, d),
            _ => day + Gregorian(r, d),
        };
    }

    public static string English(DateTime d) => d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string FrenchDate(DateTime d) => d.Day.ToString(CultureInfo.InvariantCulture) + " " + French[d.Month - 1] + " " + d.Year.ToString(CultureInfo.InvariantCulture);

    public static string Time(DressingRandom r, DateTime d) =>
        r.Number(d.Hour % 12 == 0 ? 12 : d.Hour % 12) + ":" + d.Minute.ToString("00", CultureInfo.InvariantCulture) + " " + (d.Hour < 12 ? "ص" : "م");
}

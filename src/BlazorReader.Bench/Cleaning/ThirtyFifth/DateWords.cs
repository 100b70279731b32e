using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// Days as Arabic pages print them: Gregorian or Hijri (Umm al-Qura), with or without the
// weekday, in either digit script; and the English forms an embed or a server writes.
internal static class DateWords
{
    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static readonly UmAlQuraCalendar UmAlQura = new();

    public static string Digits(DressingRandom r, string text) => r.Chance(0.4) ? DressingRandom.ToArabicIndic(text) : text;

    public static string Weekday(DateTime d) => Weekdays[(int)d.DayOfWeek];

    public static string Gregorian(DressingRandom r, DateTime d) =>
        Digits(r, $"{d.Day} {Months[d.Month - 1]} {d.Year}") + (r.Chance(0.3) ? "م" : "");

    public static string Hijri(DressingRandom r, DateTime d) =>
        Digits(r, $"{UmAlQura.GetDayOfMonth(d)} {HijriMonths[UmAlQura.GetMonth(d) - 1]} {UmAlQura.GetYear(d)}") + r.Pick("هـ", " هـ", "ه");

    // Either calendar, sometimes after the weekday.
    public static string Any(DressingRandom r, DateTime d)
    {
        var day = r.Chance(0.35) ? Hijri(r, d) : Gregorian(r, d);
        return r.Chance(0.4) ? Weekday(d) + r.Pick(" ", "، ", " - ") + day : day;
    }

    public static string Numeric(DressingRandom r, DateTime d) =>
        Digits(r, d.ToString(r.Pick("dd/MM/yyyy", "d-M-yyyy", "yyyy/MM/dd"), CultureInfo.InvariantCulture));

    public static string Time(DressingRandom r, DateTime d, bool seconds = false) =>
        Digits(r, d.ToString(seconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture));

    public static string English(DateTime d) => d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string Http(DateTime d) => d.AddHours(-3).ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);
}

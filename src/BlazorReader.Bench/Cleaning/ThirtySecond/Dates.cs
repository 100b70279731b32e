using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// Dates as these copy paths print them: Arabic month names, Hijri beside Gregorian (Umm
// al-Qura, as Saudi papers print it), ISO stamps of files and APIs, either digit script.
internal static class Dates
{
    public static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] LatinMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] HijriMonths =
        ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static readonly UmAlQuraCalendar Hijri = new();

    public static string Weekday(DateOnly d) => Weekdays[(int)d.DayOfWeek];

    public static string Digits(DressingRandom r, string text, bool indic) => indic ? DressingRandom.ToArabicIndic(text) : text;

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    // «21 يوليو 2015», «٢١ يوليو ٢٠١٥», «21/7/2015» or «2015/07/21».
    public static string Gregorian(DressingRandom r, DateOnly d, bool? indic = null)
    {
        var text = r.Next(4) switch
        {
            0 or 1 => $"{N(d.Day)} {Months[d.Month - 1]} {N(d.Year)}",
            2 => $"{N(d.Day)}/{N(d.Month)}/{N(d.Year)}",
            _ => d.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
        };
        return Digits(r, text, indic ?? r.Chance(0.4));
    }

    // «5 شوال 1436هـ» with or without the «هـ».
    public static string HijriDate(DressingRandom r, DateOnly d, bool? indic = null)
    {
        var t = d.ToDateTime(TimeOnly.MinValue);
        var text = $"{N(Hijri.GetDayOfMonth(t))} {HijriMonths[Hijri.GetMonth(t) - 1]} {N(Hijri.GetYear(t))}{r.Pick("هـ", " هـ", "")}";
        return Digits(r, text, indic ?? r.Chance(0.4));
    }

    public static string Time(DressingRandom r, bool? indic = null)
    {
        var text = $"{N(r.Between(6, 23))}:{N(r.Between(0, 59)).PadLeft(2, '0')}";
        return Digits(r, text, indic ?? r.Chance(0.4));
    }

    public static string Iso(DressingRandom r, DateOnly d) =>
        d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + r.Pick("T", "T") + N(r.Between(5, 22)).PadLeft(2, '0') + ":" + N(r.Between(0, 59)).PadLeft(2, '0') + r.Pick(":00Z", ":00.000Z", "Z", ":00+03:00");

    public static string Latin(DressingRandom r, DateOnly d) => r.Chance(0.5)
        ? $"{LatinMonths[d.Month - 1]} {N(d.Day)}, {N(d.Year)}"
        : $"{N(d.Day)} {LatinMonths[d.Month - 1][..3]} {N(d.Year)}";

    public static string Ago(DressingRandom r) => r.Pick(
        $"منذ {r.Number(r.Between(2, 59))} دقيقة", $"منذ {r.Number(r.Between(2, 11))} ساعات", "منذ ساعة", "منذ يومين", $"منذ {r.Number(r.Between(2, 50))} د");
}

using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// Dates and times as the copy paths print them: Gregorian with Arabic or Levantine month
// names, Hijri, weekdays, 12- and 24-hour clocks, in either script of digits.
internal static class Calendar
{
    public static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    private static readonly string[] Weekdays = ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static DateOnly Day(DressingRandom r, Sheet s) =>
        DateOnly.FromDateTime(s.Article.PublishedAt ?? new DateTime(2015, 7, 21)).AddDays(-r.Next(40));

    public static string Digits(DressingRandom r, string text, double arabic = 0.4) => r.Chance(arabic) ? DressingRandom.ToArabicIndic(text) : text;

    public static string Weekday(DateOnly d) => Weekdays[(int)d.DayOfWeek];

    // «الثلاثاء ٢١ يوليو ٢٠١٥», «21 يوليو 2015», «2015/07/21».
    public static string Gregorian(DressingRandom r, DateOnly d, bool weekday = false)
    {
        var text = r.Next(4) switch
        {
            0 => $"{d.Year}/{d.Month:00}/{d.Day:00}",
            1 => $"{d.Day}-{d.Month}-{d.Year}",
            _ => $"{d.Day} {Months[d.Month - 1]} {d.Year}",
        };
        return (weekday ? Weekday(d) + r.Pick(" ", "، ", " - ") : "") + Digits(r, text);
    }

    public static string Hijri(DressingRandom r, DateOnly d)
    {
        // 1436 AH spans 2014-10 to 2015-10; a printed Hijri day need only be plausible.
        var year = d.Year == 2015 && d.Month >= 10 ? 1437 : 1436;
        var month = (d.Month + 2) % 12;
        return Digits(r, $"{1 + (d.Day + 4) % 29} {HijriMonths[month]} {year}") + r.Pick("هـ", " هـ", "");
    }

    public static string Clock(DressingRandom r, bool twentyFour = false)
    {
        var h = r.Between(twentyFour ? 0 : 1, twentyFour ? 23 : 12);
        var text = $"{(twentyFour ? h.ToString("00", CultureInfo.InvariantCulture) : h.ToString(CultureInfo.InvariantCulture))}:{r.Next(60):00}";
        return Digits(r, text) + (twentyFour ? "" : " " + r.Pick("ص", "م", "صباحاً", "مساءً"));
    }

    public static string English(DressingRandom r, DateOnly d) =>
        r.Chance(0.5) ? $"{EnglishMonths[d.Month - 1]} {d.Day}, {d.Year}" : $"{d.Day} {EnglishMonths[d.Month - 1]} {d.Year}";

    // A mail-style header date: «Tue, 21 Jul 2015 10:22:07 +0300».
    public static string Rfc(DressingRandom r, DateOnly d) =>
        $"{d.DayOfWeek.ToString()[..3]}, {d.Day} {EnglishMonths[d.Month - 1]} {d.Year} {r.Between(0, 23):00}:{r.Next(60):00}:{r.Next(60):00} {r.Pick("+0300", "+0000", "GMT", "+0200")}";
}

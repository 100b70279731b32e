using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentySixth;

// Dates, times and counts as these pages print them: Gregorian or Hijri, digits in either
// script, month names in either the Egyptian or the Levantine series, relative times.
internal static class Stamps
{
    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] HijriMonths = ["رمضان", "شوال", "ذو القعدة"];
    private static readonly string[] Days = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static DateOnly DayOf(DressingRandom r, RawArticle a) =>
        DateOnly.FromDateTime(a.PublishedAt ?? new DateTime(2015, 7, 20)).AddDays(-r.Next(3));

    public static string Date(DressingRandom r, DateOnly d) => r.Next(6) switch
    {
        0 => $"{r.Number(d.Day)} {Months[d.Month - 1]} {Digits(r, d.Year.ToString(CultureInfo.InvariantCulture))}",
        1 => $"{Days[(int)d.DayOfWeek]} {r.Number(d.Day)} {r.Pick(Months[d.Month - 1], LevantMonths[d.Month - 1])} {Digits(r, d.Year.ToString(CultureInfo.InvariantCulture))}م",
        2 => Digits(r, $"{d.Day:00}/{d.Month:00}/{d.Year}"),
        3 => Digits(r, $"{d.Year}-{d.Month:00}-{d.Day:00}"),
        4 => $"{r.Number(d.Day)} {LevantMonths[d.Month - 1]} ({Months[d.Month - 1]}) {Digits(r, d.Year.ToString(CultureInfo.InvariantCulture))}",
        _ => Digits(r, $"{d.Day}.{d.Month}.{d.Year}"),
    };

    public static string Hijri(DressingRandom r) => $"{r.Number(r.Between(1, 29))} {r.Pick(HijriMonths)} {Digits(r, "1436")}{r.Pick("هـ", " هـ", "ه")}";

    public static string Time(DressingRandom r) => Digits(r, $"{r.Between(1, 12)}:{r.Between(0, 59):00}") + r.Pick(" ص", " م", " صباحاً", " مساءً", "");

    public static string Ago(DressingRandom r) => r.Next(4) switch
    {
        0 => $"قبل {r.Number(r.Between(2, 55))} دقيقة",
        1 => $"منذ {r.Number(r.Between(2, 23))} ساعة",
        2 => r.Pick("قبل ساعة", "منذ يومين", "أمس"),
        _ => $"{r.Number(r.Between(2, 9))}س",
    };

    // A count in the short forms apps print: «٢٫٣ ألف», «1.2K», «٤٥٠».
    public static string Count(DressingRandom r) => r.Next(4) switch
    {
        0 => $"{r.Number(r.Between(1, 9))}{r.Pick(".", "٫", ",")}{r.Between(1, 9)} {r.Pick("ألف", "ألفاً", "آلاف")}",
        1 => $"{r.Between(1, 99)}.{r.Between(1, 9)}K",
        2 => r.Number(r.Between(12, 9800)),
        _ => $"{r.Number(r.Between(1, 4))} {r.Pick("مليون", "م")}",
    };

    public static string Digits(DressingRandom r, string text) => r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
}

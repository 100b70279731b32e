using System.Globalization;
using System.Text;

namespace BlazorReader.Bench.Cleaning.Seventeenth;

// Dates and times as the pages of each language print them, in the digits each one uses:
// Western, Arabic-Indic, or the extended (Persian) digits of Urdu pages.
internal static class Stamps
{
    private static readonly string[] ArabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] UrduMonths = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"];
    private static readonly string[] MalayMonths = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"];
    private static readonly string[] IndonesianMonths = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
    private static readonly string[] FrenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] ArabicDays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string N2(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    // One script for a whole stamp: pages do not mix digits inside a date.
    public static string Digits(string text, DressingRandom r) => r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;

    // The digits one box is printed in, kept for all its numbers.
    public static Func<string, string> Script(DressingRandom r) => r.Chance(0.35) ? DressingRandom.ToArabicIndic : text => text;

    // The Hijri date of a day in the corpus's summer of 2015 (1 Shawwal 1436 was 17 July 2015).
    public static string Hijri(DateTime d)
    {
        var day = (d.Date - new DateTime(2015, 7, 17, 0, 0, 0, DateTimeKind.Unspecified)).Days + 1;
        return day switch
        {
            < 1 => $"{N(Math.Max(1, day + 29))} رمضان 1436",
            > 29 => $"{N(Math.Min(30, day - 29))} ذو القعدة 1436",
            _ => $"{N(day)} شوال 1436",
        };
    }

    public static string DayMonth(DateTime d) => $"{N(d.Day)} {ArabicMonths[d.Month - 1]}";

    public static string UrduDigits(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is >= '0' and <= '9' ? (char)('\u06F0' + (c - '0')) : c);
        }
        return sb.ToString();
    }

    public static string Arabic(DateTime d, DressingRandom r) => r.Next(6) switch
    {
        0 => Digits($"{N(d.Day)} {ArabicMonths[d.Month - 1]} {N(d.Year)}", r),
        1 => ArabicDays[(int)d.DayOfWeek] + Digits($" {N(d.Day)} {ArabicMonths[d.Month - 1]} {N(d.Year)}", r),
        2 => Digits($"{N(d.Day)} {LevantMonths[d.Month - 1]} {N(d.Year)}", r),
        3 => Digits($"{N2(d.Day)}/{N2(d.Month)}/{N(d.Year)}", r),
        4 => Digits($"{N(d.Year)}-{N2(d.Month)}-{N2(d.Day)}", r),
        _ => ArabicDays[(int)d.DayOfWeek] + "، " + Digits($"{N(d.Day)} {ArabicMonths[d.Month - 1]} ({LevantMonths[d.Month - 1]}) {N(d.Year)}", r),
    };

    public static string Clock(DateTime d, DressingRandom r) => r.Next(3) switch
    {
        0 => Digits($"{N2(d.Hour)}:{N2(d.Minute)}", r),
        1 => Digits($"{N(d.Hour % 12 == 0 ? 12 : d.Hour % 12)}:{N2(d.Minute)}", r) + (d.Hour < 12 ? " ص" : " م"),
        _ => Digits($"{N(d.Hour % 12 == 0 ? 12 : d.Hour % 12)}:{N2(d.Minute)}", r) + (d.Hour < 12 ? " صباحاً" : " مساءً"),
    };

    public static string Urdu(DateTime d) => UrduDigits($"{N(d.Day)} ") + UrduMonths[d.Month - 1] + UrduDigits($" {N(d.Year)}");

    public static string Malay(DateTime d) => $"{N(d.Day)} {MalayMonths[d.Month - 1]} {N(d.Year)}";

    public static string Indonesian(DateTime d) => $"{N(d.Day)} {IndonesianMonths[d.Month - 1]} {N(d.Year)}";

    public static string French(DateTime d) => $"{N(d.Day)} {FrenchMonths[d.Month - 1]} {N(d.Year)}";

    public static string English(DateTime d, DressingRandom r) => r.Chance(0.5)
        ? d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)
        : d.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateTime d) => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

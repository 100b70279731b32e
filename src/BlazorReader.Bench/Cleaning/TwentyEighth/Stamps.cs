using System.Globalization;

namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// Dates, times and numbers as apps and pages print them: Arabic or English month names,
// numeric forms in either digit script, twelve-hour times with «ص/م».
internal static class Stamps
{
    private static readonly string[] ArabicMonths =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] LevantMonths =
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static string Date(DressingRandom r, DateOnly d) => r.Next(6) switch
    {
        0 => Digits(r, $"{d.Day} {ArabicMonths[d.Month - 1]} {d.Year}"),
        1 => Digits(r, $"{Weekdays[(int)d.DayOfWeek]} {d.Day} {r.Pick(ArabicMonths[d.Month - 1], LevantMonths[d.Month - 1])} {d.Year}"),
        2 => Digits(r, d.ToString(r.Pick("dd/MM/yyyy", "d/M/yyyy", "yyyy/MM/dd"), CultureInfo.InvariantCulture)),
        3 => d.ToString(r.Pick("MMM d, yyyy", "d MMM yyyy", "MMMM d, yyyy"), CultureInfo.InvariantCulture),
        4 => Digits(r, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        _ => Digits(r, $"{d.Day}-{d.Month}-{d.Year}"),
    };

    // A post's date alone, in the forms a copied card shows (never relative: it must be readable).
    public static string PostDate(DressingRandom r, DateOnly d) => r.Next(4) switch
    {
        0 => d.ToString(r.Pick("MMM d, yyyy", "d MMM yyyy"), CultureInfo.InvariantCulture),
        1 => Digits(r, $"{d.Day} {ArabicMonths[d.Month - 1]} {d.Year}"),
        2 => $"{Time(r)} · {d.ToString("MMM d, yyyy", CultureInfo.InvariantCulture)}",
        _ => Digits(r, d.ToString("d/M/yyyy", CultureInfo.InvariantCulture)),
    };

    // One script for the whole time: a clock never mixes digit forms inside one reading.
    public static string Time(DressingRandom r)
    {
        var clock = $"{r.Between(1, 12).ToString(CultureInfo.InvariantCulture)}:{r.Next(60).ToString("00", CultureInfo.InvariantCulture)}";
        return r.Chance(0.5)
            ? $"{Digits(r, clock)} {r.Pick("ص", "م", "صباحاً", "مساءً")}"
            : $"{clock} {r.Pick("AM", "PM", "am", "pm")}";
    }

    // A year is never grouped like a count («2,015»).
    public static string Year(DressingRandom r, int year) => Digits(r, year.ToString(CultureInfo.InvariantCulture));

    public static string Duration(DressingRandom r) =>
        Digits(r, $"{r.Between(0, 9)}:{r.Next(60).ToString("00", CultureInfo.InvariantCulture)}");

    public static string Digits(DressingRandom r, string text) => r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;

    public static string Handle(DressingRandom r)
    {
        var stem = r.Pick("sa_news", "riyadh", "jeddah", "moh", "mci", "spa", "ksa", "alerts", "info", "gov", "sport", "eco", "citizen", "voice", "daily");
        var prefix = r.Pick("", "", "al", "my", "the", "Saudi", "KSA_");
        return (prefix + stem + (r.Chance(0.5) ? r.Between(1, 999).ToString(CultureInfo.InvariantCulture) : "")).TrimEnd('_');
    }

    public static string LatinName(DressingRandom r) => r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast);
}

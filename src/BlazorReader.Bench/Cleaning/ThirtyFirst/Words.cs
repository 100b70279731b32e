using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// Small parts every shape combines: dates in either calendar, times, digits in either script.
internal static class Words
{
    public static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    // Ramadan 1436 ended on 16 July 2015, so the corpus's weeks fall in Shawwal.
    public static string Hijri(DressingRandom r, DateTime when)
    {
        var day = Math.Clamp((when - new DateTime(2015, 7, 16)).Days, 1, 29);
        var month = when > new DateTime(2015, 8, 14) ? "ذو القعدة" : "شوال";
        day = when > new DateTime(2015, 8, 14) ? (when - new DateTime(2015, 8, 14)).Days + 1 : day;
        return D(r, day) + " " + month + " " + D(r, 1436) + r.Pick("هـ", " هـ", "ه", "");
    }

    public static string Gregorian(DressingRandom r, DateTime when) => r.Next(4) switch
    {
        0 => D(r, when.Day) + " " + Months[when.Month - 1] + " " + D(r, when.Year),
        1 => D(r, when.Day) + "/" + D(r, when.Month).PadLeft(2, r.Chance(0.5) ? '0' : '٠') + "/" + D(r, when.Year),
        2 => when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => D(r, when.Day) + " " + Months[when.Month - 1] + r.Pick(" (تموز) ", " ") + D(r, when.Year),
    };

    public static string Weekday(DateTime when) => Weekdays[(int)when.DayOfWeek];

    // Either calendar, sometimes both, sometimes with the weekday.
    public static string Date(DressingRandom r, DateTime when)
    {
        var date = r.Chance(0.3) ? Hijri(r, when) : Gregorian(r, when);
        date = r.Chance(0.15) ? date + r.Pick(" الموافق ", " - ") + Hijri(r, when) : date;
        return r.Chance(0.3) ? Weekday(when) + r.Pick(" ", "، ", " - ") + date : date;
    }

    public static string Time(DressingRandom r, DateTime when)
    {
        var t = when.ToString("HH:mm", CultureInfo.InvariantCulture);
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(t) : t;
    }

    public static string Stamp(DateTime when) => when.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    // A number in one script or the other, never mixed inside one number.
    public static string D(DressingRandom r, int value) => r.Chance(0.35)
        ? DressingRandom.ToArabicIndic(value.ToString(CultureInfo.InvariantCulture))
        : value.ToString(CultureInfo.InvariantCulture);

    public static string Ago(DressingRandom r) => r.Next(4) switch
    {
        0 => "منذ " + D(r, r.Between(1, 11)) + r.Pick(" س", " ساعات", " ساعة"),
        1 => "قبل " + D(r, r.Between(2, 55)) + r.Pick(" دقيقة", " د"),
        2 => D(r, r.Between(1, 23)) + r.Pick("h", "m", "d"),
        _ => r.Pick("أمس", "منذ يوم", "اليوم ") + r.Pick("", " " + D(r, r.Between(1, 12)) + ":" + D(r, r.Between(10, 59))),
    };

    public static string Person(DressingRandom r) => DressingPools.PersonName(r);

    public static string Latin(DressingRandom r) => r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast);

    public static string Slug(DressingRandom r) => r.Letters(r.Between(6, 12), "abcdefghijklmnopqrstuvwxyz0123456789-");

    // Words of the title long enough to be a tag or a node name.
    public static List<string> TitleWords(Story s) =>
        [.. (s.Title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && !w.Any(char.IsPunctuation)).Distinct()];
}

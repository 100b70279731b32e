using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// Small parts every shape combines: dates in either calendar, times, digits in either script.
internal static class Words
{
    public static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    // Ramadan 1436 ended on 16 July 2015, so the corpus's weeks fall in Shawwal and Dhu al-Qa'dah.
    public static string Hijri(DressingRandom r, DateTime when)
    {
        var late = when >= new DateTime(2015, 8, 15);
        var day = late ? (when - new DateTime(2015, 8, 15)).Days + 1 : Math.Clamp((when - new DateTime(2015, 7, 16)).Days, 1, 29);
        return Script(r, day + " " + (late ? "ذو القعدة" : "شوال") + " 1436" + r.Pick("هـ", " هـ", "ه", ""));
    }

    // A date is printed in one script: Western or Arabic-Indic digits, never both.
    public static string Gregorian(DressingRandom r, DateTime when) => Script(r, r.Next(4) switch
    {
        0 => when.Day + " " + Months[when.Month - 1] + " " + when.Year,
        1 => when.ToString(r.Pick("dd/MM/yyyy", "d/M/yyyy"), CultureInfo.InvariantCulture),
        2 => when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => when.Day + " " + Months[when.Month - 1] + r.Pick(" (تموز) ", " ") + when.Year,
    });

    public static string Script(DressingRandom r, string text) => r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;

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

    public static string Ago(DressingRandom r)
    {
        var n = r.Between(1, 23);
        return r.Next(4) switch
        {
            0 => "منذ " + Count(r, n, "ساعة", "ساعتين", "ساعات", "ساعة"),
            1 => "قبل " + Count(r, n + r.Between(0, 30), "دقيقة", "دقيقتين", "دقائق", "دقيقة"),
            2 => n + r.Pick("h", "m", "d"),
            _ => r.Pick("أمس", "اليوم") + r.Pick("", " " + Script(r, r.Between(1, 12) + ":" + r.Between(10, 59))),
        };
    }

    // An Arabic count with its noun in the right form: one, two, three to ten, eleven up.
    public static string Count(DressingRandom r, int n, string one, string two, string few, string many) => n switch
    {
        1 => one,
        2 => two,
        <= 10 => D(r, n) + " " + few,
        _ => D(r, n) + " " + many,
    };

    public static string Person(DressingRandom r) => DressingPools.PersonName(r);

    public static string Latin(DressingRandom r) => r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast);

    public static string Slug(DressingRandom r) => r.Letters(r.Between(6, 12), "abcdefghijklmnopqrstuvwxyz0123456789-");

    // Words of the title long enough to be a tag or a node name.
    // Tags name things, so the title's nouns with the article are taken first.
    public static List<string> TitleWords(Story s) =>
        [.. (s.Title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('«', '»', '"', '(', ')', ':', '،', '.'))
            .Where(w => w.Length >= 4 && !w.Any(char.IsPunctuation)).OrderBy(w => w.StartsWith("ال", StringComparison.Ordinal) ? 0 : 1).Distinct()];

    public static List<string> Nouns(Story s) => [.. TitleWords(s).Where(w => w.StartsWith("ال", StringComparison.Ordinal))];
}

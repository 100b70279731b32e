using System.Globalization;
using System.Text;

namespace BlazorReader.Bench.Cleaning.Eighteenth;

// The small marks pages of this catalogue print with: bullets, tatweel stretched into chrome
// words, direction marks round Latin runs, digits of either script, dates and times in the
// several ways Arab sites write them.
internal static class Ink
{
    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] Days = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static readonly string[] HijriMonths = ["رمضان", "شوال", "ذو القعدة"];

    public static string Bullet(DressingRandom r) => r.Pick("•", "▪", "◂", "-", "*", "»", "■", "◀", "○", "·", "⬅");

    public static string Bar(DressingRandom r) => r.Pick(" | ", " · ", "  ", " - ", " / ", "|", " ▪ ", " ، ");

    public static string Digits(DressingRandom r, string text) => r.Chance(0.4) ? DressingRandom.ToArabicIndic(text) : text;

    public static string Num(DressingRandom r, int value) => r.Number(value);

    // Years, issue and page numbers: never grouped with a thousands mark.
    public static string Plain(DressingRandom r, int value) => Digits(r, value.ToString(CultureInfo.InvariantCulture));

    // Tatweel drawn into one word of a chrome line: «اقـــرأ» for «اقرأ».
    public static string Stretch(DressingRandom r, string word, double p = 0.25)
    {
        if (!r.Chance(p) || word.Length < 3)
        {
            return word;
        }
        var at = r.Between(1, word.Length - 2);
        return "ابتثجحخسشصضطظعغفقكلمنهي".Contains(word[at - 1], StringComparison.Ordinal)
            ? word[..at] + new string('ـ', r.Between(1, 4)) + word[at..] : word;
    }

    // A Latin run in an Arabic line, wrapped the way copy-paste leaves it.
    public static string Latin(DressingRandom r, string text) => r.Pick(0, 0, 1, 2) switch
    {
        1 => "\u200E" + text + "\u200E",
        2 => "\u2066" + text + "\u2069",
        _ => text,
    };

    public static string Date(DressingRandom r, DateOnly d) => r.Next(7) switch
    {
        0 => $"{Digits(r, d.Day.ToString(CultureInfo.InvariantCulture))} {Months[d.Month - 1]} {Digits(r, d.Year.ToString(CultureInfo.InvariantCulture))}",
        1 => $"{Days[(int)d.DayOfWeek]} {Digits(r, d.Day.ToString(CultureInfo.InvariantCulture))} {LevantMonths[d.Month - 1]} {Digits(r, d.Year.ToString(CultureInfo.InvariantCulture))}",
        2 => Digits(r, d.ToString(r.Pick("dd/MM/yyyy", "d/M/yyyy", "yyyy/MM/dd"), CultureInfo.InvariantCulture)),
        3 => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        4 => $"{Days[(int)d.DayOfWeek]}، {Digits(r, d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))}",
        5 => $"{Digits(r, r.Between(1, 29).ToString(CultureInfo.InvariantCulture))} {r.Pick(HijriMonths)} {Digits(r, "1436")}هـ",
        _ => $"{Digits(r, d.Day.ToString(CultureInfo.InvariantCulture))} {Months[d.Month - 1]}",
    };

    // A Hijri date of the corpus's weeks (Ramadan to Dhu al-Qadah 1436), as portals print it.
    public static string Hijri(DressingRandom r) =>
        $"{Digits(r, r.Between(1, 29).ToString(CultureInfo.InvariantCulture))} {r.Pick(HijriMonths)} {Digits(r, "1436")}{r.Pick("هـ", " هـ", "")}";

    public static string Month(DateOnly d) => Months[d.Month - 1];

    public static string Time(DressingRandom r)
    {
        var h = r.Between(1, 12);
        var m = r.Next(60);
        return r.Chance(0.5)
            ? Digits(r, $"{h}:{m:00}") + " " + r.Pick("ص", "م", "صباحًا", "مساءً")
            : Digits(r, $"{r.Next(24):00}:{m:00}");
    }

    public static DateOnly Day(Core.Articles.RawArticle a, DressingRandom r) =>
        DateOnly.FromDateTime(a.PublishedAt ?? new DateTime(2015, 7, 21)).AddDays(-r.Next(4));

    // A few chrome words joined by a bar, some stretched: a menu, a button row.
    public static string Row(DressingRandom r, IEnumerable<string> words)
    {
        var bar = Bar(r);
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            sb.Append(sb.Length == 0 ? "" : bar).Append(Stretch(r, w, 0.1));
        }
        return sb.ToString();
    }

    // Some of the items, in their order: the first `min` always, the rest by chance.
    public static List<T> Some<T>(DressingRandom r, IReadOnlyList<T> items, int min = 2) =>
        [.. items.Where((_, i) => i < min || r.Chance(0.6))];
}

using System.Globalization;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// Dates, clocks and figures as the systems behind these pages print them: each system has
// its habits (a bulletin's 24-hour clock, a monitor's GMT, a shop's currency), and a page
// mixes Western and Arabic-Indic digits within a line as real pages do.
internal static class PageWords
{
    public static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    public static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    public static readonly string[] Days = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static string Digits(DressingRandom r, string text) => r.Chance(0.3) ? DressingRandom.ToArabicIndic(text) : text;

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    // A date in one of the orders these systems use; one script for the whole date.
    public static string Date(DressingRandom r, DateTime d)
    {
        var text = r.Next(7) switch
        {
            0 => $"{d.Day} {Months[d.Month - 1]} {d.Year}",
            1 => $"{d.Day:00}/{d.Month:00}/{d.Year}",
            2 => $"{d.Year}-{d.Month:00}-{d.Day:00}",
            3 => $"{Days[(int)d.DayOfWeek]} {d.Day} {LevantMonths[d.Month - 1]} {d.Year}",
            4 => $"{d.Day}.{d.Month}.{d.Year}",
            5 => $"{Days[(int)d.DayOfWeek]}، {d.Day} {Months[d.Month - 1]} {d.Year}م",
            _ => $"{d.Day}-{Months[d.Month - 1]}-{d.Year % 100:00}",
        };
        return Digits(r, text);
    }

    public static string Clock(DressingRandom r, DateTime d) => Digits(r, r.Next(4) switch
    {
        0 => $"{d.Hour:00}:{d.Minute:00}",
        1 => $"{d.Hour:00}{d.Minute:00}",
        2 => $"{(d.Hour % 12 == 0 ? 12 : d.Hour % 12)}:{d.Minute:00} {(d.Hour < 12 ? "ص" : "م")}",
        _ => $"{d.Hour:00}:{d.Minute:00}:{r.Next(60):00}",
    });

    public static string EnglishDate(DateTime d) => d.ToString(d.Day % 2 == 0 ? "MMMM d, yyyy" : "d MMM yyyy", CultureInfo.InvariantCulture);

    // A few of a widget's items, in the order this copy shows them.
    public static string[] Some(DressingRandom r, IReadOnlyList<string> items, int min, int max) =>
        [.. items.OrderBy(_ => r.Next(1000)).Take(r.Between(min, max))];

    public static string Bullet(DressingRandom r) => r.Pick("• ", "▪ ", "- ", "◂ ", "» ", "· ", "", "", "► ");

    // Parts of one row joined the way a widget's cells come out when copied.
    public static string Row(DressingRandom r, params string[] cells)
    {
        var sep = r.Pick(" | ", " • ", "  ", "\t", " ؛ ", " / ", " — ", "｜");
        return string.Join(sep, cells);
    }
}

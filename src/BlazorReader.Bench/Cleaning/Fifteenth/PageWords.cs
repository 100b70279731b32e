namespace BlazorReader.Bench.Cleaning.Fifteenth;

// Small vocabularies the copy paths share: made-up sites' addresses, dates and times in either
// script, and the names of the article's own bits (its title, a slug for a link).
internal static class PageWords
{
    public static readonly string[] Sites =
    [
        "akhbar-alyawm-demo.sa", "sada-alhadath.example", "nabd-almadina.net", "alwaha-news.example", "marsad-press.org",
        "rased-today.example", "sawt-alkhalij.example",
    ];

    public static readonly string[] ArabicMonths =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] Women = ["سارة", "نورة", "هند", "منيرة", "ريم", "مها"];

    private static readonly IReadOnlyList<string> Men = [.. DressingPools.FirstNames.Except(Women)];

    // A person's name as the papers print it: a man «بن» his father, a woman «بنت» hers.
    public static string Person(DressingRandom r)
    {
        var first = r.Pick(DressingPools.FirstNames);
        var woman = Women.Contains(first);
        var father = r.Pick(Men);
        return r.Chance(0.75) ? $"{first} {r.Pick(DressingPools.FamilyNames)}" : $"{first} {(woman ? "بنت" : "بن")} {father} {r.Pick(DressingPools.FamilyNames)}";
    }

    public static bool IsWoman(string name) => Women.Contains(name.Split(' ')[0]);

    // A day near the story's publication (or a day of 2026 when it has none).
    public static DateOnly Day(DressingRandom r, DateTime? published) =>
        DateOnly.FromDateTime(published ?? new DateTime(2026, 1, 1).AddDays(r.Next(330))).AddDays(-r.Next(3));

    public static string Digits(DressingRandom r, string text, bool? indic = null) =>
        indic ?? r.Chance(0.4) ? DressingRandom.ToArabicIndic(text) : text;

    // A year is never grouped («2,015»), whatever script its digits are in.
    public static string Year(DressingRandom r, int year) => Digits(r, year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string ArabicDate(DressingRandom r, DateOnly d) => r.Pick(
        $"{r.Number(d.Day)} {ArabicMonths[d.Month - 1]} {Year(r, d.Year)}",
        Digits(r, $"{d.Day}/{d.Month}/{d.Year}"),
        Digits(r, $"{d.Year}-{d.Month:00}-{d.Day:00}"));

    public static string Time(DressingRandom r, bool arabic) => Clock(r, r.Between(0, 24 * 60 - 1), arabic);

    // A minute of the day on a twelve-hour clock, as an Arabic or an English page writes it.
    public static string Clock(DressingRandom r, int minute, bool arabic)
    {
        var (h, m) = (minute / 60 % 24, minute % 60);
        var twelve = h % 12 == 0 ? 12 : h % 12;
        return arabic ? Digits(r, $"{twelve}:{m:00}") + " " + (h < 12 ? "ص" : "م") : $"{twelve}:{m:00} {(h < 12 ? "AM" : "PM")}";
    }

    public static string Url(DressingRandom r, string? site = null) =>
        $"{r.Pick("https://", "https://www.", "http://")}{site ?? r.Pick(Sites)}/{r.Pick("news", "article", "ar", "p", "local", "economy")}/{r.Between(10000, 999999)}";

    public static string Path(DressingRandom r) => "/" + r.Pick("politics", "economy", "sport", "local", "world", "culture", "tech", "health");

    // A short name a link or a widget would use for the story: its title's first words.
    public static string Gist(string? title, int words = 4)
    {
        var parts = (title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.Take(words));
    }
}

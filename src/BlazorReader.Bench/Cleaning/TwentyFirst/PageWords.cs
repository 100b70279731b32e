namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// Dates, times and small words as the new copy paths print them: each device and service has
// its own order of day, month and year, its own clock and its own digits.
internal static class PageWords
{
    public static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    public static readonly string[] Days = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static readonly string[] LatinMonths = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    public static string Day(DateOnly date) => Days[(int)date.DayOfWeek];

    // A date in one of the orders pages use: words, slashes either way, dashes, with or without the day.
    public static string Date(DressingRandom r, DateOnly d)
    {
        var text = r.Next(6) switch
        {
            0 => $"{d.Day} {Months[d.Month - 1]} {d.Year}",
            1 => $"{d.Day} {LevantMonths[d.Month - 1]} {d.Year}",
            2 => $"{d.Day:00}/{d.Month:00}/{d.Year}",
            3 => $"{d.Year}/{d.Month}/{d.Day}",
            4 => $"{d.Day}-{d.Month:00}-{d.Year}",
            _ => $"{Day(d)} {d.Day} {Months[d.Month - 1]} {d.Year}",
        };
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    public static string Clock(DressingRandom r)
    {
        var hour = r.Between(0, 23);
        var text = r.Chance(0.5) ? $"{hour:00}:{r.Between(0, 59):00}" : $"{(hour % 12) + 1}:{r.Between(0, 59):00} {r.Pick("ص", "م")}";
        return r.Chance(0.3) ? DressingRandom.ToArabicIndic(text) : text;
    }

    // A few words of the story's title, for tags, map pins and questions about it.
    public static List<string> TitleWords(string title, int count) =>
        [.. title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('«', '»', '"', ':', '،', '.', '(', ')', '؟', '!'))
            .Where(w => w.Length >= 4 && !w.Contains('«') && !w.Contains('»') && !w.Contains('"')).Distinct().Take(count)];

    public static string Dots(DressingRandom r) => r.Pick(" · ", " | ", " • ", "  ", " ⋅ ", " ¦ ");
}

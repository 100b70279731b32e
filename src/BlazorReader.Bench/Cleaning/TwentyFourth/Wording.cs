using System.Globalization;

namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// Small pieces every family prints: dates, times, addresses and names, each in the several
// ways pages print them, so that no family's chrome is one fixed string.
internal static class Wording
{
    public static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] Days = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static readonly string[] Hosts =
        ["alriyadh.com", "okaz.com.sa", "sabq.org", "aleqt.com", "al-madina.com", "alwatan.com.sa", "alyaum.com", "al-jazirah.com", "aawsat.com", "alweeam.com.sa", "spa.gov.sa"];

    public static string Date(DressingRandom r, DateTime d) => r.Next(6) switch
    {
        0 => $"{r.Number(d.Day)} {Months[d.Month - 1]} {r.Number(d.Year)}",
        1 => $"{Days[(int)d.DayOfWeek]} {r.Number(d.Day)}/{r.Number(d.Month)}/{r.Number(d.Year)}",
        2 => d.ToString(r.Pick("yyyy-MM-dd", "dd.MM.yyyy", "yyyy/MM/dd"), CultureInfo.InvariantCulture),
        3 => $"{Days[(int)d.DayOfWeek]}، {r.Number(d.Day)} {Months[d.Month - 1]}",
        4 => d.ToString(r.Pick("d MMM yyyy", "MMM d, yyyy"), CultureInfo.InvariantCulture),
        _ => $"{r.Number(d.Day)}-{r.Number(d.Month)}-{r.Number(d.Year)}",
    };

    // A figure with a fraction, or a duration, in one script throughout: a page never mixes
    // the two inside one number.
    public static string Decimal(DressingRandom r, int whole, int fraction, string mark = ".")
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{whole}{mark}{fraction:00}");
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    public static string Decimal1(DressingRandom r, int whole, int tenth)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{whole}.{tenth}");
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    // A clock time in one script throughout, as one page prints it.
    public static string Time(DressingRandom r, DateTime d)
    {
        var text = r.Chance(0.5)
            ? d.ToString("h:mm", CultureInfo.InvariantCulture) + (d.Hour < 12 ? " ص" : " م")
            : d.ToString("HH:mm", CultureInfo.InvariantCulture);
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    public static string Url(DressingRandom r, string? host = null)
    {
        var h = host ?? r.Pick(Hosts);
        var path = r.Next(4) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"/{r.Between(100000, 999999)}"),
            1 => string.Create(CultureInfo.InvariantCulture, $"/news/{r.Between(1000, 99999)}/{r.Letters(6, "abcdefghijklmnopqrstuvwxyz")}"),
            2 => string.Create(CultureInfo.InvariantCulture, $"/article/2015/{r.Between(7, 8):00}/{r.Between(1, 28):00}/{r.Between(10000, 99999)}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"/?p={r.Between(10000, 999999)}"),
        };
        return (r.Chance(0.6) ? "https://" : r.Chance(0.5) ? "http://" : "") + (r.Chance(0.4) ? "www." : "") + h + path;
    }

    public static string Person(DressingRandom r) => DressingPools.PersonName(r);

    public static string Latin(DressingRandom r) => r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast);

    // Words from the title for keyword and tag boxes: the subject as an indexer would list it.
    public static List<string> Keywords(DressingRandom r, PageDraft page, int count)
    {
        // Quotes and entities stay out: an indexer lists bare words.
        var words = page.Headline.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Contains('&', StringComparison.Ordinal) && !w.Contains(';', StringComparison.Ordinal))
            .Select(w => w.Trim('«', '»', '"', '“', '”', '(', ')', '،', ':', '.', '!', '؟', '\''))
            .Where(w => w.Length >= 4).Distinct().ToList();
        List<string> picked = [.. words.OrderBy(_ => r.Next(1000)).Take(count)];
        if (picked.Count < 2)
        {
            picked.Add(r.Pick(DressingPools.Cities));
            picked.Add(r.Pick("اقتصاد", "محليات", "رياضة", "دوليات", "صحة", "تعليم"));
        }
        return picked;
    }
}

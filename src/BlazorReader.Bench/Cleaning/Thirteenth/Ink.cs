using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Thirteenth;

// How each country's pages print the small things: bullets, quotes, dates in the month names
// of the Levant, of Algeria and Tunisia, of Morocco or of the Hijri calendar, times and
// "how long ago". Every noise line runs through these, so no date or mark is a fixed string.
internal static class Ink
{
    private static readonly string[] EastMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] AlgerianMonths = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] MoroccanMonths = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"];
    private static readonly string[] FrenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static string Bullet(DressingRandom r) => r.Pick("•", "·", "-", "–", "—", "|", "▪", "◂", "»", "○", "*");

    public static string Quote(DressingRandom r, string text) => r.Next(4) switch
    {
        0 => "«" + text + "»",
        1 => "\"" + text + "\"",
        2 => "“" + text + "”",
        _ => "«" + text + "»",
    };

    // Digits as the page prints them: Western on most Maghreb pages, either elsewhere.
    public static string Digits(DressingRandom r, string text, Region region) =>
        !region.IsMaghreb() && r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;

    public static string Num(DressingRandom r, int n, Region region) => Digits(r, n.ToString(CultureInfo.InvariantCulture), region);

    // A tatweel stretched into one word, as headers and boxes draw their labels.
    public static string Stretch(DressingRandom r, string word)
    {
        if (!r.Chance(0.3) || word.Length < 3)
        {
            return word;
        }
        // Only between two joining letters, where a page's stretched label puts it.
        var at = r.Between(1, word.Length - 2);
        var joins = word[at - 1] is >= 'ب' and <= 'ي' && !"اأإآدذرزوةىءؤ".Contains(word[at - 1], StringComparison.Ordinal) && word[at] is >= 'ء' and <= 'ي';
        return joins ? word[..at] + new string('ـ', r.Between(1, 3)) + word[at..] : word;
    }

    public static string Month(DressingRandom r, int month, Region region) => region switch
    {
        Region.Lebanon or Region.Jordan or Region.Palestine or Region.Iraq => r.Chance(0.75) ? LevantMonths[month - 1] : LevantMonths[month - 1] + " (" + EastMonths[month - 1] + ")",
        Region.Algeria or Region.Tunisia => AlgerianMonths[month - 1],
        Region.Morocco => r.Chance(0.7) ? MoroccanMonths[month - 1] : EastMonths[month - 1],
        _ => EastMonths[month - 1],
    };

    // A Gregorian date in the region's words or figures, sometimes with the weekday.
    public static string Date(DressingRandom r, DateOnly d, Region region)
    {
        var text = r.Next(7) switch
        {
            0 => Digits(r, d.ToString(r.Pick("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "yyyy/MM/dd"), CultureInfo.InvariantCulture), region),
            1 when region.IsMaghreb() || region == Region.Lebanon => d.Day + " " + FrenchMonths[d.Month - 1] + " " + d.Year,
            _ => Digits(r, d.Day + " " + Month(r, d.Month, region) + r.Pick(" ", "، ", " ") + d.Year, region),
        };
        return r.Chance(0.3) ? Weekdays[(int)d.DayOfWeek] + r.Pick(" ", "، ", " - ") + text : text;
    }

    // The Hijri date a Gulf page prints beside (or instead of) the Gregorian one.
    public static string Hijri(DressingRandom r, DateOnly d, Region region)
    {
        var calendar = new UmAlQuraCalendar();
        var at = d.ToDateTime(TimeOnly.MinValue);
        var text = Digits(r, calendar.GetDayOfMonth(at) + " " + HijriMonths[calendar.GetMonth(at) - 1] + " " + calendar.GetYear(at), region);
        return text + r.Pick(" هـ", "هـ", " هـ.", "");
    }

    public static string Time(DressingRandom r, Region region)
    {
        var (h, m) = (r.Between(0, 23), r.Between(0, 59));
        var mm = m.ToString("00", CultureInfo.InvariantCulture);
        return r.Next(4) switch
        {
            0 when region.IsMaghreb() => $"{h}h{mm}",
            1 => Digits(r, $"{(h % 12 == 0 ? 12 : h % 12)}:{mm}", region) + r.Pick(" م", " ص", " مساءً", " صباحاً", " PM"),
            _ => Digits(r, $"{h:00}:{mm}", region),
        };
    }

    public static string Ago(DressingRandom r, Region region)
    {
        var n = r.Between(2, 23);
        return r.Next(6) switch
        {
            0 => "منذ ساعة",
            1 => "قبل ساعتين",
            2 when region == Region.Egypt => "من " + Num(r, n, region) + " ساعات",
            3 => "منذ " + Num(r, Math.Min(n, 59), region) + " دقيقة",
            4 => r.Pick("أمس", "الأمس", "منذ يومين", "منذ " + Num(r, n % 6 + 3, region) + " أيام"),
            _ => r.Pick("منذ ", "قبل ") + Num(r, n % 10 + 3, region) + " ساعات",
        };
    }

    // A count as a widget shows it: 12, ١٢, 1.2K, 3,4 ألف.
    public static string Count(DressingRandom r, Region region)
    {
        var n = r.Chance(0.6) ? r.Between(1, 999) : r.Between(1000, 250000);
        if (n < 1000 || r.Chance(0.3))
        {
            return Digits(r, n.ToString(r.Chance(0.3) ? "#,0" : "0", CultureInfo.InvariantCulture), region);
        }
        var k = (n / 100 / 10.0).ToString("0.#", CultureInfo.InvariantCulture);
        return r.Chance(0.5) ? k + "K" : Digits(r, k, region).Replace('.', r.Pick('.', ',')) + " ألف";
    }

    public static DateOnly DayOf(RawArticle article, DressingRandom r) =>
        article.PublishedAt is { } at ? DateOnly.FromDateTime(at) : new DateOnly(2015, r.Between(1, 12), r.Between(1, 28));
}

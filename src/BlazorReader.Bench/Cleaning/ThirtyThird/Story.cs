using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// What every shape of one page agrees on: the paper, the city, the agency, the day, the
// author; and the other stories the page may list (never this one, never a line of it).
internal sealed class Story(RawArticle article, DressingPools pools, DressingRandom r)
{
    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] Levant = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
    private static readonly string[] Days = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
    private static readonly UmAlQuraCalendar Hijri = new();
    private static readonly HashSet<string> FemaleNames = ["سارة", "نورة", "هند", "منيرة", "ريم", "مها"];

    private readonly string ownText = TextReferee.Normalize(article.Text);

    public DressingPools Pools => pools;

    public string? Title { get; } = article.Title is null ? null : TextReferee.Normalize(article.Title);

    public string Paper { get; } = r.Pick(DressingPools.Papers);

    public string City { get; } = r.Pick(DressingPools.Cities);

    public string Agency { get; } = r.Pick(DressingPools.Agencies);

    public string Author { get; } = Person(r);

    public bool Female => FemaleNames.Contains(Author.Split(' ')[0]);

    public DateTime Date { get; } = article.PublishedAt ?? new DateTime(2015, 7, 21).AddDays(r.Next(22)).AddMinutes(r.Next(1440));

    // Other stories' titles or leads from the pools, for teasers and «اقرأ أيضاً».
    public List<string> Others(int count, bool leads = false)
    {
        var found = new List<string>();
        for (var tries = 0; found.Count < count && tries < count * 8; tries++)
        {
            var pick = !leads && r.Chance(0.3) ? pools.RelatedTitle(r, Title) : null;
            pick ??= leads ? r.Pick(pools.Leads) : r.Pick(pools.Titles);
            if (pick != Title && !ownText.Contains(pick, StringComparison.Ordinal) && !found.Contains(pick))
            {
                found.Add(pick);
            }
        }
        return found;
    }

    // A post quoting a line of this very story would be scored as that line: posts avoid them.
    public bool IsOwn(string text) => ownText.Contains(text, StringComparison.Ordinal);

    // A person's name whose «بن» is followed by a man's name.
    public static string Person(DressingRandom r)
    {
        var name = DressingPools.PersonName(r);
        var parts = name.Split(' ');
        return parts.Length > 2 && parts[1] == "بن" && FemaleNames.Contains(parts[2]) ? parts[0] + " " + parts[^1] : name;
    }

    // A day as pages print it: Gregorian, Levantine months, numeric or Hijri, weekday or not.
    public string Day(DateTime? when = null, bool weekday = false)
    {
        var d = when ?? Date;
        var text = r.Next(5) switch
        {
            0 => $"{r.Number(d.Day)} {Levant[d.Month - 1]} {Story.Plain(r, d.Year)}",
            1 => r.Chance(0.5) ? $"{d.Day:00}/{d.Month:00}/{d.Year}" : DressingRandom.ToArabicIndic($"{d.Day}/{d.Month}/{d.Year}"),
            2 => $"{r.Number(Hijri.GetDayOfMonth(d))} {HijriMonths[Hijri.GetMonth(d) - 1]} {Plain(r, Hijri.GetYear(d))}{r.Pick("هـ", " هـ", "")}",
            _ => $"{r.Number(d.Day)} {Months[d.Month - 1]}{r.Pick(" ", "، ", " ")}{Story.Plain(r, d.Year)}",
        };
        return weekday ? Days[(int)d.DayOfWeek] + r.Pick("، ", " ", " - ") + text : text;
    }

    public static string Gregorian(DateTime d, DressingRandom r) => $"{r.Number(d.Day)} {Months[d.Month - 1]} {Story.Plain(r, d.Year)}";

    public static string Levantine(DateTime d, DressingRandom r) => $"{r.Number(d.Day)} {Levant[d.Month - 1]} {Story.Plain(r, d.Year)}";

    // Digits in either script, never grouped: years, short codes, hotlines.
    public static string Plain(DressingRandom r, int value) => Plain(r.Chance(0.35), value);

    public static string Plain(bool indic, int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return indic ? DressingRandom.ToArabicIndic(text) : text;
    }

    // «منذ …» with the counted noun Arabic wants after the number.
    public static string Ago(DressingRandom r)
    {
        var (n, unit) = r.Chance(0.5) ? (r.Between(3, 50), "minute") : (r.Between(3, 20), "hour");
        var noun = unit == "minute" ? (n <= 10 ? "دقائق" : "دقيقة") : (n <= 10 ? "ساعات" : "ساعة");
        return r.Chance(0.2) ? r.Pick("منذ ساعتين", "منذ دقيقتين", "منذ ساعة") : $"منذ {r.Number(n)} {noun}";
    }

    public static string Weekday(DateTime d) => Days[(int)d.DayOfWeek];

    public string Clock(DateTime? when = null, bool ampm = true) => Clock(when ?? Date, r, ampm);

    public static string Clock(DateTime d, DressingRandom r, bool ampm = true)
    {
        var h = ampm ? (d.Hour % 12 == 0 ? 12 : d.Hour % 12) : d.Hour;
        var text = r.Number(h) + ":" + (r.Chance(0.5) ? d.Minute.ToString("00", CultureInfo.InvariantCulture) : DressingRandom.ToArabicIndic(d.Minute.ToString("00", CultureInfo.InvariantCulture)));
        return ampm ? text + " " + (d.Hour < 12 ? r.Pick("ص", "صباحاً") : r.Pick("م", "مساءً")) : text;
    }

    // A Latin slug for addresses and nicks.
    public string Slug() => r.Pick("akhbar", "news", "alhadath", "khabar", "daily", "yawmi", "wasat", "sahifa") + r.Pick("", "24", "_sa", "online", "");
}

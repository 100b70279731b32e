using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Thirtieth;

// What one dressing knows about its article: the paper and city its chrome names, the day in
// both calendars, and other stories to tease (never this one's title or text).
internal sealed class StoryFacts
{
    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] Levantine = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] Women = ["سارة", "نورة", "هند", "منيرة", "ريم", "مها", "لمى", "عبير"];
    private static readonly string[] Men = [.. DressingPools.FirstNames.Except(Women)];

    private readonly string ownText;
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public StoryFacts(RawArticle article, DressingRandom r, DressingPools pools)
    {
        R = r;
        Pools = pools;
        Title = article.Title is null ? null : TextReferee.Normalize(article.Title);
        ownText = TextReferee.Normalize(article.Text);
        Paper = r.Pick(DressingPools.Papers);
        City = r.Pick(DressingPools.Cities);
        Agency = r.Pick(DressingPools.Agencies);
        Day = DateOnly.FromDateTime(article.PublishedAt ?? new DateTime(2015, 7, 20).AddDays(r.Next(22)));
    }

    public DressingRandom R { get; }

    public DressingPools Pools { get; }

    public string? Title { get; }

    public string Paper { get; }

    public string City { get; }

    public string Agency { get; }

    public DateOnly Day { get; }

    // Digits as the app printed them: Western or Arabic-Indic, the whole string alike.
    public string Digits(string text) => R.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;

    public string Clock() => Digits($"{R.Between(0, 23):00}:{R.Between(0, 59):00}");

    // A person's name, one gender throughout: «فهد بن سعد الشمري», «نورة العتيبي».
    public static string Name(DressingRandom r, bool? female = null)
    {
        var woman = female ?? r.Chance(0.3);
        var first = woman ? r.Pick(Women) : r.Pick(Men);
        return first + (!woman && r.Chance(0.2) ? " بن " + r.Pick(Men) : "") + " " + r.Pick(DressingPools.FamilyNames);
    }

    public static string FirstName(DressingRandom r, bool female) => female ? r.Pick(Women) : r.Pick(Men);

    public static string Weekday(DateOnly d) => Weekdays[(int)d.DayOfWeek];

    public string Gregorian(DateOnly d) => Digits(R.Next(5) switch
    {
        0 => $"{d.Day} " + Months[d.Month - 1] + $" {d.Year}",
        1 => $"{d.Day} " + Months[d.Month - 1] + "/" + Levantine[d.Month - 1] + $" {d.Year}",
        2 => $"{d.Year}/{d.Month}/{d.Day}",
        3 => $"{d.Day:00}-{d.Month:00}-{d.Year}",
        _ => $"{d.Day} " + Months[d.Month - 1] + $" {d.Year}م",
    });

    public string Hijri(DateOnly d)
    {
        var cal = new UmAlQuraCalendar();
        var t = d.ToDateTime(TimeOnly.MinValue);
        var text = Digits($"{cal.GetDayOfMonth(t)} " + HijriMonths[cal.GetMonth(t) - 1] + $" {cal.GetYear(t)}");
        return text + R.Pick("هـ", " هـ", "ه", "");
    }

    // A row of an app's buttons or tabs: some of them, in any order.
    public string Menu(string separator, int min, int max, params string[] items) =>
        string.Join(separator, items.OrderBy(_ => R.Next(99)).Take(R.Between(min, max)));

    public string AnyDate() => R.Chance(0.3) ? Hijri(Day) : Gregorian(Day);

    // A post's date in the forms a platform prints, each one day a reader can read back.
    public string PostDate(DateOnly d) => R.Next(5) switch
    {
        0 => Digits($"{d.Day} ") + Months[d.Month - 1] + Digits($" {d.Year}"),
        1 => EnglishMonths[d.Month - 1] + $" {d.Day}, {d.Year}",
        2 => $"{d.Day} {EnglishMonths[d.Month - 1]} {d.Year}",
        3 => $"{d.Year}-{d.Month:00}-{d.Day:00}",
        _ => Digits($"{d.Day} ") + Months[d.Month - 1] + Digits($" {d.Year}") + Digits($" · {R.Between(1, 12)}:{R.Between(0, 59):00} ") + R.Pick("م", "ص"),
    };

    // Another story's title (sometimes one on the same subject) or lead, never this one's.
    public string? OtherTitle() => Other(() => R.Chance(0.3) ? Pools.RelatedTitle(R, Title) : Pools.Titles.Count > 0 ? R.Pick(Pools.Titles) : null);

    public string? OtherLead() => Other(() => Pools.Leads.Count > 0 ? R.Pick(Pools.Leads) : null);

    private string? Other(Func<string?> draw)
    {
        for (var i = 0; i < 12; i++)
        {
            var t = draw();
            if (t is not null && t != Title && !ownText.Contains(t, StringComparison.Ordinal) && used.Add(t))
            {
                return t;
            }
        }
        return null;
    }
}

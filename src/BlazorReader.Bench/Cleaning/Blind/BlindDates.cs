using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Blind;

// Dates and times in the forms Arabic pages print: Gulf and Egyptian month names, Levant and
// Iraqi ones, French on Maghreb pages, Hijri, numeric with either slash, 12 and 24 hours.
public static class BlindDates
{
    public static readonly string[] GulfMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    public static readonly string[] FrenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    public static DateOnly Day(DressingRandom r) => new DateOnly(2012, 1, 1).AddDays(r.Next(1500));

    public static string Text(DressingRandom r, BlindSite site) => Script(r, Written(r, site));

    private static string Written(DressingRandom r, BlindSite site)
    {
        var d = Day(r);
        if (site.French && r.Chance(0.5))
        {
            return $"{N(r, d.Day)} {FrenchMonths[d.Month - 1]} {N(r, d.Year)}";
        }
        return r.Next(7) switch
        {
            0 => $"{Weekdays[(int)d.DayOfWeek]} {N(r, d.Day)} {GulfMonths[d.Month - 1]} {N(r, d.Year)}",
            1 => $"{N(r, d.Day)} {LevantMonths[d.Month - 1]} {N(r, d.Year)}",
            2 => $"{N(r, d.Day)}{r.Pick("/", "-", ".")}{N(r, d.Month)}{r.Pick("/", "-", ".")}{N(r, d.Year)}",
            3 => $"{N(r, d.Year)}/{N(r, d.Month)}/{N(r, d.Day)}",
            4 => $"{N(r, r.Between(1, 29))} {r.Pick(HijriMonths)} {N(r, r.Between(1433, 1437))}{r.Pick("هـ", " هـ", "ه", "")}",
            5 => $"{N(r, d.Day)} {GulfMonths[d.Month - 1]}{r.Pick(" ", "، ", " / ")}{LevantMonths[d.Month - 1]} {N(r, d.Year)}",
            _ => $"{Weekdays[(int)d.DayOfWeek]}{r.Pick(" ", "، ", " - ")}{N(r, d.Day)}/{N(r, d.Month)}/{N(r, d.Year)}",
        };
    }

    public static string Time(DressingRandom r, BlindSite site) => Script(r, Clock(r, site));

    private static string Clock(DressingRandom r, BlindSite site)
    {
        var h = r.Between(0, 23);
        var m = r.Between(0, 59).ToString("00", CultureInfo.InvariantCulture);
        if (site.French || r.Chance(0.4))
        {
            return $"{N(r, h)}{(site.French ? r.Pick(":", "h") : ":")}{m}";
        }
        var h12 = h % 12 == 0 ? 12 : h % 12;
        var suffix = h < 12 ? r.Pick("ص", "صباحاً", "صباحا", "AM") : r.Pick("م", "مساءً", "مساء", "PM");
        return $"{N(r, h12)}:{m} {suffix}";
    }

    // A time since publishing, as feeds and apps print it.
    public static string Ago(DressingRandom r, BlindSite site) => Script(r, site.French && r.Chance(0.4) ? $"il y a {N(r, r.Between(2, 12))} heures" : r.Next(4) switch
    {
        0 => $"منذ {N(r, r.Between(3, 59))} دقيقة",
        1 => $"منذ {N(r, r.Between(3, 23))} ساعة",
        2 => r.Pick("منذ ساعة", "منذ ساعتين", "منذ يوم", "منذ يومين", "قبل ساعة", "قبل دقائق"),
        _ => $"قبل {N(r, r.Between(3, 10))} {r.Pick("ساعات", "أيام", "دقائق")}",
    });

    // Written in Western digits, then the whole date in one script: a page does not mix them.
    private static string N(DressingRandom r, int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Script(DressingRandom r, string text) =>
        r.Chance(0.3) ? string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c)) : text;
}

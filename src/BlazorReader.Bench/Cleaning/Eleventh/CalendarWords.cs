using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Eleventh;

// Dates as each region's pages print them: Egyptian and Gulf month names, the Levant's Syriac
// ones (often paired with the others), Algeria's and Tunisia's French-derived ones, Morocco's
// own; the Hijri date beside the Gregorian; twelve- and twenty-four-hour clocks; "so long ago".
internal static class CalendarWords
{
    private static readonly string[] Egyptian = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] Levantine = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] Maghreb = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] Moroccan = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"];
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
    private static readonly UmAlQuraCalendar UmAlQura = new();

    // Paired names («تموز/يوليو») are for date bars; a tweet's card prints one name.
    public static string MonthName(int month, Country country, DressingRandom r, bool paired = true) => country switch
    {
        Country.Jordan or Country.Palestine => !paired || r.Chance(0.5) ? Levantine[month - 1]
            : r.Chance(0.5) ? $"{Levantine[month - 1]}/{Egyptian[month - 1]}" : $"{Egyptian[month - 1]} ({Levantine[month - 1]})",
        Country.Algeria or Country.Tunisia => Maghreb[month - 1],
        Country.Morocco => Moroccan[month - 1],
        _ => Egyptian[month - 1],
    };

    public static string Weekday(DateTime d) => Weekdays[(int)d.DayOfWeek];

    public static string English(DateTime d, DressingRandom r) => r.Next(4) switch
    {
        0 => $"{EnglishMonths[d.Month - 1]} {Inv(d.Day)}, {Inv(d.Year)}",
        1 => $"{EnglishMonths[d.Month - 1][..3]} {Inv(d.Day)}, {Inv(d.Year)}",
        2 => $"{Inv(d.Day)} {EnglishMonths[d.Month - 1][..3]} {Inv(d.Year)}",
        _ => $"{EnglishMonths[d.Month - 1].ToUpperInvariant()} {Inv(d.Day)}, {Inv(d.Year)}",
    };

    public static string Hijri(DateTime d)
    {
        var day = d.Year is > 1950 and < 2070 ? d : new DateTime(2015, 7, 21, 0, 0, 0, DateTimeKind.Unspecified);
        return $"{Inv(UmAlQura.GetDayOfMonth(day))} {HijriMonths[UmAlQura.GetMonth(day) - 1]} {Inv(UmAlQura.GetYear(day))} هـ";
    }

    // A day as the page's date bar prints it, in the page's digits.
    public static string Day(DateTime d, Dressing s)
    {
        var r = s.R;
        var month = MonthName(d.Month, s.Outlet.Country, r);
        var text = r.Next(8) switch
        {
            0 => $"{Weekday(d)} {Inv(d.Day)} {month} {Inv(d.Year)}",
            1 => $"{Inv(d.Day)} {month} {Inv(d.Year)}",
            2 => $"{Weekday(d)}، {Inv(d.Day)} {month} {Inv(d.Year)} م",
            3 => d.ToString(r.Pick("yyyy/MM/dd", "dd/MM/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "yyyy-MM-dd"), CultureInfo.InvariantCulture),
            4 => $"{Weekday(d)} {Inv(d.Day)} {month} {Inv(d.Year)}{r.Separator("-", "|", "الموافق")}{Hijri(d)}",
            5 => $"{Inv(d.Day)}/{Inv(d.Month)}/{Inv(d.Year)}",
            6 => $"{Inv(d.Day)} {month}، {Inv(d.Year)}",
            _ => English(d, r),
        };
        return s.Digits(text);
    }

    public static string Time(DateTime d, Dressing s)
    {
        var r = s.R;
        var h12 = d.Hour % 12 == 0 ? 12 : d.Hour % 12;
        var text = r.Next(5) switch
        {
            0 => $"{Two(h12)}:{Two(d.Minute)} {(d.Hour < 12 ? "ص" : "م")}",
            1 => d.ToString("HH:mm", CultureInfo.InvariantCulture),
            2 => $"{Inv(h12)}:{Two(d.Minute)} {(d.Hour < 12 ? "AM" : "PM")}",
            3 => $"الساعة {d.ToString("HH:mm", CultureInfo.InvariantCulture)}",
            _ => $"{d.ToString("HH:mm", CultureInfo.InvariantCulture)} {r.Pick("بتوقيت مكة", "GMT", "بتوقيت غرينتش", "ت.غ")}",
        };
        return s.Digits(text);
    }

    public static string Ago(Dressing s)
    {
        var r = s.R;
        var n = r.Between(3, 10);
        var text = r.Next(8) switch
        {
            0 => $"منذ {Inv(r.Between(2, 59))} دقيقة",
            1 => "منذ ساعة",
            2 => "منذ ساعتين",
            3 => $"منذ {Inv(n)} ساعات",
            4 => r.Pick("منذ يوم", "منذ يومين", "أمس"),
            5 => $"قبل {Inv(n)} أيام",
            6 => $"{Inv(r.Between(1, 23))} {r.Pick("س", "h", "ساعة")}",
            _ => $"{Inv(r.Between(2, 6))} {r.Pick("يوم", "d", "أيام")}",
        };
        return s.Digits(text);
    }

    public static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);
}

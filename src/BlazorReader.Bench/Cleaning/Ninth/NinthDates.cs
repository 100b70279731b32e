using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Ninth;

// Dates as these pages print them: the region's month names, the Hijri day beside or instead of
// the Gregorian one, weekdays, «م» and «هـ» marks, and either script of digits.
public static class NinthDates
{
    private static readonly UmAlQuraCalendar Hijri = new();

    public static string Gregorian(DressingRandom r, DateTime day, PageRegion region)
    {
        var digits = r.Chance(0.35);
        string N(int n) => digits ? DressingRandom.ToArabicIndic(n.ToString(CultureInfo.InvariantCulture)) : n.ToString(CultureInfo.InvariantCulture);
        var weekday = r.Chance(0.5) ? PageRegion.Weekdays[(int)day.DayOfWeek] + r.Pick(" ", "، ", " - ") : "";
        return r.Next(4) switch
        {
            0 => $"{weekday}{N(day.Day)} {region.Months[day.Month - 1]} {N(day.Year)}{r.Pick("", " م", "م")}",
            1 => $"{weekday}{N(day.Day)}/{N(day.Month)}/{N(day.Year)}",
            2 => $"{weekday}{N(day.Day)}-{N(day.Month)}-{N(day.Year)}",
            _ => $"{weekday}{N(day.Day)} {region.Months[day.Month - 1]} {(r.Chance(0.5) ? $"({N(day.Month)})" : "- " + N(day.Month))} {N(day.Year)}",
        };
    }

    public static string HijriDate(DressingRandom r, DateTime day)
    {
        var digits = r.Chance(0.5);
        string N(int n) => digits ? DressingRandom.ToArabicIndic(n.ToString(CultureInfo.InvariantCulture)) : n.ToString(CultureInfo.InvariantCulture);
        var (d, m, y) = (Hijri.GetDayOfMonth(day), Hijri.GetMonth(day), Hijri.GetYear(day));
        return r.Chance(0.75)
            ? $"{N(d)} {PageRegion.HijriMonths[m - 1]} {N(y)}{r.Pick(" هـ", "هـ", " ه", "")}"
            : $"{N(d)}/{N(m)}/{N(y)}{r.Pick("هـ", " هـ")}";
    }

    // The two calendars side by side, as a dateline or a page's date bar prints them.
    public static string Dual(DressingRandom r, DateTime day, PageRegion region)
    {
        var g = Gregorian(r, day, region);
        var h = HijriDate(r, day);
        return r.Next(3) switch
        {
            0 => g + r.Pick(" الموافق ", " - ", " | ", " / ") + h,
            1 => h + r.Pick(" الموافق ", " - ", " ـ ", " | ") + g,
            _ => $"{g} ({h})",
        };
    }

    // A year, a code or a folio: never grouped, in either script.
    public static string Digits(DressingRandom r, int n)
    {
        var text = n.ToString(CultureInfo.InvariantCulture);
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    // «منذ ساعتين» and its kin, as cards and channels print the age of a story.
    public static string Ago(DressingRandom r)
    {
        var n = r.Between(3, 59);
        return r.Next(6) switch
        {
            0 => "منذ " + r.Pick("ساعة", "ساعتين", "دقيقة", "دقيقتين", "يوم", "يومين"),
            1 => $"منذ {r.Number(n)} {(n <= 10 ? r.Pick("دقائق", "ساعات") : r.Pick("دقيقة", "ساعة"))}",
            2 => $"قبل {r.Number(r.Between(3, 10))} {r.Pick("ساعات", "أيام", "دقائق")}",
            3 => $"{r.Number(r.Between(1, 23))}{r.Pick(" س", "س", "h", " ساعة")}",
            4 => r.Pick("الآن", "للتو", "أمس", "البارحة"),
            _ => $"{Clock(r)} {r.Pick("ص", "م", "صباحاً", "مساءً")}",
        };
    }

    private static string Clock(DressingRandom r)
    {
        var text = r.Between(1, 12).ToString(CultureInfo.InvariantCulture) + ":" + r.Between(10, 59).ToString(CultureInfo.InvariantCulture);
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }
}

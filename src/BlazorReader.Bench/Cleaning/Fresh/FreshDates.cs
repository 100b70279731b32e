using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Fresh;

// Dates and times as pages print them: numeric either way round, month names of the Gulf and
// Egypt, the Levant or the Maghreb, Hijri, weekdays, clock times with ص/م, relative ages.
internal static class FreshDates
{
    public static DateOnly Any(DressingRandom r) => new DateOnly(2011, 1, 1).AddDays(r.Next(5 * 365));

    public static string Printed(DressingRandom r, DateOnly d)
    {
        var y = d.Year.ToString(CultureInfo.InvariantCulture);
        var text = r.Next(7) switch
        {
            0 => $"{d.Day:00}/{d.Month:00}/{y}",
            1 => $"{y}-{d.Month:00}-{d.Day:00}",
            2 => $"{d.Day} {r.Pick(FreshWords.Months)} {y}",
            3 => $"{r.Pick(FreshWords.Weekdays)} {d.Day} {FreshWords.LevantMonths[d.Month - 1]} {y}",
            4 => $"{r.Pick(FreshWords.Weekdays)}، {d.Day} {FreshWords.MaghrebMonths[d.Month - 1]} {y}",
            5 => $"{r.Between(1, 29)} {r.Pick(FreshWords.HijriMonths)} {r.Between(1432, 1437)}{r.Pick("هـ", " هـ", "ه")}",
            _ => $"{d.Day}.{d.Month}.{y}",
        };
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    public static string Time(DressingRandom r)
    {
        var text = $"{r.Between(1, 12)}:{r.Next(60):00}";
        text = r.Chance(0.3) ? DressingRandom.ToArabicIndic(text) : text;
        return r.Pick("", "الساعة ") + text + r.Pick(" ص", " م", " صباحاً", " مساءً", " AM", " PM", "");
    }

    public static string Age(DressingRandom r) =>
        r.Pick("منذ ", "قبل ") + r.Pick($"{r.Number(r.Between(2, 23))} ساعات", "ساعة", "ساعتين", $"{r.Number(r.Between(3, 10))} أيام", "يومين", $"{r.Number(r.Between(5, 59))} دقيقة");
}

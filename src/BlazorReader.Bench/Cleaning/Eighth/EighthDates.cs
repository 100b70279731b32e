using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Eighth;

// Dates and times as the copy paths print them: Gulf, Maghreb and Levantine month names, a
// Hijri date beside the Gregorian one, numeric dates either way round, English feed dates,
// 12- and 24-hour clocks; any of them in Arabic-Indic digits.
internal static class EighthDates
{
    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    public static string Day(DressingRandom r, DateOnly d)
    {
        var month = d.Month - 1;
        var text = r.Next(9) switch
        {
            0 => $"{d.Day} {EighthWords.MonthsArabic[month]} {d.Year}",
            1 => $"{d.Day} {EighthWords.MonthsMaghreb[month]} {d.Year}",
            2 => $"{d.Day} {EighthWords.MonthsLevant[month]} ({EighthWords.MonthsArabic[month]}) {d.Year}",
            3 => $"{EighthWords.Weekdays[(int)d.DayOfWeek]} {d.Day} {EighthWords.MonthsArabic[month]} {d.Year}م",
            4 => d.ToString(r.Pick("yyyy/MM/dd", "dd/MM/yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "d.M.yyyy"), CultureInfo.InvariantCulture),
            5 => $"{EighthWords.Weekdays[(int)d.DayOfWeek]} {r.Between(1, 28)} {r.Pick(HijriMonths)} 1436هـ {r.Pick("الموافق", "-", "/")} {d.Day} {EighthWords.MonthsArabic[month]} {d.Year}م",
            6 => $"{d.Day} {EighthWords.MonthsArabic[month]}، {d.Year}",
            7 => $"{EighthWords.MonthsArabic[month]} {d.Day}, {d.Year}",
            _ => $"{d.Day}{r.Pick(" ", "-", "/")}{d.Month}{r.Pick(" ", "-", "/")}{d.Year}",
        };
        return r.Chance(0.3) ? DressingRandom.ToArabicIndic(text) : text;
    }

    // A feed reader's or Ghost theme's date, in English as the feed carried it.
    public static string English(DressingRandom r, DateOnly d) => r.Next(3) switch
    {
        0 => $"{EighthWords.MonthsEnglish[d.Month - 1]} {d.Day}, {d.Year}",
        1 => $"{d.Day} {EighthWords.MonthsEnglish[d.Month - 1][..3]} {d.Year}",
        _ => d.ToString("ddd, dd MMM yyyy", CultureInfo.InvariantCulture) + $" {r.Between(0, 23):00}:{r.Between(0, 59):00}:00 +0{r.Between(0, 4)}00",
    };

    public static string Time(DressingRandom r)
    {
        var hour = r.Between(0, 23);
        var minute = r.Between(0, 59);
        var text = r.Next(4) switch
        {
            0 => $"{hour:00}:{minute:00}",
            1 => $"{(hour % 12 == 0 ? 12 : hour % 12)}:{minute:00} {(hour < 12 ? r.Pick("ص", "صباحاً", "AM") : r.Pick("م", "مساءً", "PM"))}",
            2 => $"{hour:00}:{minute:00} {r.Pick("بتوقيت مكة", "GMT", "بتوقيت الكويت", "ت.غ")}",
            _ => $"{hour}:{minute:00}",
        };
        return r.Chance(0.3) ? DressingRandom.ToArabicIndic(text) : text;
    }

    // A year, a phone or an issue number: never grouped, in either script.
    public static string Digits(DressingRandom r, int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return r.Chance(0.3) ? DressingRandom.ToArabicIndic(text) : text;
    }

    // A length as an audio bar or a video playlist prints it.
    public static string Duration(DressingRandom r)
    {
        var text = r.Chance(0.15) ? $"{r.Between(1, 2)}:{r.Between(0, 59):00}:{r.Between(0, 59):00}" : $"{r.Between(0, 14):00}:{r.Between(0, 59):00}";
        return r.Chance(0.3) ? DressingRandom.ToArabicIndic(text) : text;
    }
}

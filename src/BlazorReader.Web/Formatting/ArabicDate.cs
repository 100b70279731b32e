using System.Globalization;

namespace BlazorReader.Web.Formatting;

// Gregorian dates with Arabic month names, written out by hand: culture data for "ar-*"
// differs between ICU versions and ar-SA defaults to the Hijri calendar.
public static class ArabicDate
{
    private static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static string Format(DateTime date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    public static string ReadingTime(int minutes) => minutes switch
    {
        <= 1 => "قراءة في دقيقة",
        2 => "قراءة في دقيقتين",
        <= 10 => string.Create(CultureInfo.InvariantCulture, $"قراءة في {minutes} دقائق"),
        _ => string.Create(CultureInfo.InvariantCulture, $"قراءة في {minutes} دقيقة"),
    };
}

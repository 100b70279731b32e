using System.Globalization;

namespace BlazorReader.Web.Formatting;

// Gregorian dates with Arabic month names, written out by hand: culture data for "ar-*"
// differs between ICU versions and ar-SA defaults to the Hijri calendar.
public static class ArabicDate
{
    private static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] HijriMonths =
        ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    private static readonly UmAlQuraCalendar UmAlQura = new();

    // Umm al-Qura is the civil Hijri calendar of Saudi Arabia, where most of the corpus comes from.
    public static string? Hijri(DateTime date)
    {
        if (date < UmAlQura.MinSupportedDateTime || date > UmAlQura.MaxSupportedDateTime)
        {
            return null;
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"{UmAlQura.GetDayOfMonth(date)} {HijriMonths[UmAlQura.GetMonth(date) - 1]} {UmAlQura.GetYear(date)} هـ");
    }

    public static string Format(DateTime date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    // For editors' lists: the moment in UTC, said so, since editors work across time zones.
    public static string DateTime(DateTime utc) =>
        string.Create(CultureInfo.InvariantCulture, $"{Format(utc)}، {utc:HH:mm} UTC");

    public static string ReadingTime(int minutes) => minutes switch
    {
        <= 1 => "قراءة في دقيقة",
        2 => "قراءة في دقيقتين",
        <= 10 => string.Create(CultureInfo.InvariantCulture, $"قراءة في {minutes} دقائق"),
        _ => string.Create(CultureInfo.InvariantCulture, $"قراءة في {minutes} دقيقة"),
    };
}

using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Sixth;

// Dates as the region prints them: month names of the Levant, of the Maghreb (French-born
// and Moroccan forms), the Gulf's and Egypt's, French and English; Hijri; numeric forms;
// a time after them or not; digits in either script.
internal static class SixthDates
{
    public static readonly string[] Gulf = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    public static readonly string[] Levant = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] Algeria = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] Morocco = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"];
    private static readonly string[] French = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] Days = ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static DateOnly Of(DressingRandom r, DateTime? published) =>
        DateOnly.FromDateTime(published ?? new DateTime(2015, 7, 21, 0, 0, 0, DateTimeKind.Utc).AddDays(r.Next(22)));

    public static string Month(DressingRandom r, SixthSite site, int month) => site.Family switch
    {
        SixthFamily.Maghreb => r.Pick(Algeria, Morocco, Gulf, site.French ? French : Algeria)[month - 1],
        SixthFamily.Iraq or SixthFamily.Levant => r.Chance(0.7) ? Levant[month - 1] : r.Pick(Levant[month - 1] + " (" + Gulf[month - 1] + ")", Gulf[month - 1] + " / " + Levant[month - 1]),
        _ => r.Pick(Gulf, Gulf, Levant, Algeria)[month - 1],
    };

    // A written date, in one of the ways the site's region writes it.
    public static string Written(DressingRandom r, SixthSite site, DateOnly date)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = r.Next(7) switch
        {
            0 => date.ToString(r.Pick("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "yyyy/MM/dd"), inv),
            1 => $"{Days[(int)date.DayOfWeek]} {date.Day} {Month(r, site, date.Month)} {date.Year}",
            2 => date.ToString(r.Pick("MMMM d, yyyy", "d MMM yyyy", "ddd, dd MMM yyyy"), inv),
            3 => $"{date.Day}{r.Pick(" ", "-", " / ")}{Month(r, site, date.Month)}{r.Pick(" ", "-", "، ")}{date.Year}",
            4 => $"{Days[(int)date.DayOfWeek]}، {date.Day} {Month(r, site, date.Month)} {date.Year} {Hijri(date)}",
            5 => $"{date.Day} {Month(r, site, date.Month)} {date.Year}{r.Pick("م", " م", "")}",
            _ => $"{date.Day:00}-{date.Month:00}-{date.Year}",
        };
        if (r.Chance(0.4))
        {
            text += r.Pick(" ", " - ", " | ", " على الساعة ", " الساعة ", " à ", " • ") + Time(r);
        }
        return r.Chance(0.3) ? DressingRandom.ToArabicIndic(text) : text;
    }

    public static string Time(DressingRandom r) =>
        $"{r.Between(0, 23):00}:{r.Between(0, 59):00}" + r.Pick("", "", " GMT", " +03:00", " بتوقيت غرينتش", " ص", " م", ":" + r.Between(10, 59).ToString(CultureInfo.InvariantCulture));

    private static string Hijri(DateOnly date)
    {
        var hijri = new HijriCalendar();
        var dt = date.ToDateTime(TimeOnly.MinValue);
        string[] months = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
        return $"الموافق {hijri.GetDayOfMonth(dt)} {months[hijri.GetMonth(dt) - 1]} {hijri.GetYear(dt)}هـ";
    }
}

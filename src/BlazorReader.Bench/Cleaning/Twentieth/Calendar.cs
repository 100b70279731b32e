using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Twentieth;

// Dates and times as pages write them: Gregorian months by their Egyptian or Levantine names,
// Hijri months, numeric forms with either digits, times with «ص/م», and relative phrases.
internal static class Calendar
{
    public static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] Levantine = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    public static readonly string[] Hijri = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    public static readonly string[] Days = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static readonly string[] Numeric = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd.MM.yyyy"];

    public static readonly string[] LatinMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static DateOnly Around(DressingRandom r, DateTime? published) =>
        DateOnly.FromDateTime(published ?? new DateTime(2015, 7, 25, 0, 0, 0, DateTimeKind.Utc)).AddDays(-r.Next(20));

    // A date with its year, so that a reader can tell the day from the line alone.
    public static string WithYear(DressingRandom r, DateOnly d) => Written(r, d, r.Pick(0, 1, 2, 4));

    public static string Written(DressingRandom r, DateOnly d) => Written(r, d, r.Next(5));

    // Two days in one form, as a card gives a span, in one script.
    public static string Span(DressingRandom r, DateOnly from, DateOnly to)
    {
        var form = r.Next(5);
        var indic = form != 4 && r.Chance(0.4);
        return Script(Plain(from, form), indic) + r.Pick(" – ", " - ", " إلى ") + Script(Plain(to, form), indic);
    }

    // One script for the whole date: a page does not write the day in one and the year in another.
    private static string Written(DressingRandom r, DateOnly d, int form) => Script(Plain(d, form), form != 4 && r.Chance(0.4));

    private static string Script(string text, bool indic) => indic ? DressingRandom.ToArabicIndic(text) : text;

    private static string Plain(DateOnly d, int form) => form switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{d.Day} {Months[d.Month - 1]} {d.Year}"),
        1 => string.Create(CultureInfo.InvariantCulture, $"{d.Day} {Levantine[d.Month - 1]} {d.Year}"),
        2 => d.ToString(Numeric[(d.Day + d.Month) % Numeric.Length], CultureInfo.InvariantCulture),
        3 => string.Create(CultureInfo.InvariantCulture, $"{Days[(int)d.DayOfWeek]} {d.Day} {Months[d.Month - 1]}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{LatinMonths[d.Month - 1]} {d.Day}, {d.Year}"),
    };

    public static string HijriDate(DressingRandom r) => $"{r.Number(r.Between(1, 29))} {r.Pick(Hijri)} {Typography.Year(r, 1436)}{r.Pick("هـ", " هـ", "")}";

    public static string Time(DressingRandom r)
    {
        var h = r.Between(1, 12);
        var m = r.Next(60);
        var clock = string.Create(CultureInfo.InvariantCulture, $"{h}:{m:00}");
        return Typography.Digits(r, clock) + r.Pick(" ص", " م", " مساءً", " صباحاً", " PM", " AM", "");
    }

    public static string Ago(DressingRandom r) => r.Pick(0, 1, 2, 3) switch
    {
        0 => $"منذ {r.Number(r.Between(2, 59))} دقيقة",
        1 => $"منذ {r.Number(r.Between(3, 10))} ساعات",
        2 => r.Pick("منذ ساعة", "منذ ساعتين", "منذ يومين", "أمس", "الآن", "قبل قليل"),
        _ => $"قبل {r.Number(r.Between(2, 9))} {r.Pick("د", "س", "دقائق", "ساعات")}",
    };
}

namespace BlazorReader.Bench.Cleaning.Sealed;

// Dates as Levantine, Nile and Maghreb pages print them: month names of either calendar or
// both, the Hijri date beside the Gregorian one, numbers with dashes or slashes, weekdays.
internal static class SealedDates
{
    private static readonly string[] Syriac = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] Roman = ["يناير", "فبراير", "مارس", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] Hijri = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    private static readonly string[] Weekdays = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"];

    // One script for every digit of a date, as a page prints it.
    public static string Any(DressingRandom r)
    {
        var text = Western(r);
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    private static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Western(DressingRandom r)
    {
        var day = r.Between(1, 28);
        var month = r.Between(1, 12);
        var year = r.Between(2013, 2016);
        var text = r.Next(6) switch
        {
            0 => N(day) + " " + Syriac[month - 1] + " " + N(year),
            1 => N(day) + " " + Roman[month - 1] + r.Pick(" ", "، ") + N(year) + r.Pick("", "م", " م"),
            2 => N(day) + " " + Roman[month - 1] + "/" + Syriac[month - 1] + " " + N(year),
            3 => string.Join(r.Pick("-", "/"), N(day), N(month), N(year)),
            4 => N(day) + " " + Roman[month - 1] + " " + N(year) + r.Pick(" الموافق ", " - ") + N(r.Between(1, 29)) + " " + r.Pick(Hijri) + " " + N(r.Between(1434, 1437)) + r.Pick("هـ", " هـ"),
            _ => N(year) + "/" + N(month) + "/" + N(day),
        };
        return r.Chance(0.3) ? r.Pick(Weekdays) + r.Pick(" ", "، ", " - ") + text : text;
    }

    public static string Ago(DressingRandom r) => r.Pick("منذ ", "قبل ") + r.Pick(
        r.Number(r.Between(3, 59)) + r.Pick(" دقيقة", " دقائق"),
        r.Number(r.Between(2, 23)) + r.Pick(" ساعة", " ساعات"),
        r.Pick("ساعة", "ساعتين", "يوم", "يومين"));
}

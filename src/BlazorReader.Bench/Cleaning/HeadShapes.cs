namespace BlazorReader.Bench.Cleaning;

// What pages put above the story: its headline again, bylines, datelines (as a line of their
// own or glued before the lead), publication dates and times.
public static class HeadShapes
{
    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static NoisePiece Headline(string title) => new(NoiseKind.Headline, [title]);

    public static NoisePiece Byline(DressingRandom r, DressingPools p)
    {
        var name = DressingPools.PersonName(r);
        var city = r.Pick(DressingPools.Cities);
        var paper = r.Pick(DressingPools.Papers);
        var line = r.Next(14) switch
        {
            0 => city + r.Separator("-", "–", "ـ", "—") + name,
            1 => name + r.Separator("-", "–", "ـ", "|") + city,
            2 => paper + r.Separator("-", "–", "ـ") + r.Pick("متابعات", city, "خاص"),
            3 => r.Pick("متابعات", "خاص", "تقرير") + r.Separator("-", "–", ":") + paper,
            4 => r.Pick("كتب", "بقلم", "إعداد", "تقرير", "حوار", "تحرير") + r.Separator(":", "-", "–") + name,
            5 => r.Pick("بقلم", "كتب") + " " + r.Pick("د. ", "أ. ", "الدكتور ", "") + name,
            6 => city + r.Separator("-", "–") + "«" + paper + "»",
            7 => name + r.Separator("-", "–") + paper + r.Separator("-", "–") + city,
            8 => city + ": " + name,
            9 => name + " | " + paper,
            10 => "صحيفة " + paper + r.Separator("-", "–") + city,
            11 => r.Pick("مراسل", "محرر") + " " + paper + r.Separator("-", "–") + city,
            12 => name,
            _ => "«" + paper + "»" + r.Separator("-", "–") + city,
        };
        return new(NoiseKind.Byline, [r.Scuff(line)]);
    }

    public static NoisePiece DatelineLine(DressingRandom r)
    {
        var city = r.Pick(DressingPools.Cities);
        var agency = r.Pick(DressingPools.Agencies);
        var line = r.Next(9) switch
        {
            0 => $"{city} {Num(r, r.Between(1, 29))} {r.Pick(HijriMonths)} {Num(r, r.Between(1430, 1442))} هـ الموافق {GregorianDate(r)} م {agency}",
            1 => $"{r.Pick(Weekdays)} {GregorianDate(r)}",
            2 => $"{r.Pick(Weekdays)}{r.Pick("، ", " ", " - ")}{GregorianDate(r)}{r.Pick(" - ", " | ", " ")}{Time(r)}",
            3 => $"{Num(r, r.Between(1, 28))}/{Num(r, r.Between(1, 12))}/{Num(r, r.Between(2010, 2020))}",
            4 => $"{Num(r, r.Between(2010, 2020))}-{r.Between(1, 12):00}-{r.Between(1, 28):00} {Time(r)}",
            5 => $"{r.Pick("نشر في", "تاريخ النشر", "نُشر", "آخر تحديث", "تم النشر")}{r.Separator(":", "-", "")}{GregorianDate(r)}",
            6 => $"{agency}{r.Separator("-", "–")}{city}",
            7 => $"{city} ({agency})",
            _ => $"{Time(r)}{r.Pick(" ", " - ", " | ")}{GregorianDate(r)}",
        };
        return new(NoiseKind.Dateline, [r.Scuff(line)]);
    }

    // Glued before the lead: «الرياض - واس: », «لندن: », «القاهرة (رويترز) - ».
    public static NoisePiece DatelinePrefix(DressingRandom r, DressingPools p)
    {
        var city = r.Pick(DressingPools.Cities);
        var agency = r.Pick(DressingPools.Agencies);
        var prefix = r.Next(8) switch
        {
            0 => city + ":",
            1 => city + r.Separator("-", "–", "ـ") + agency + ":",
            2 => agency + r.Separator("-", "–") + city + ":",
            3 => city + r.Separator("-", "–") + "«" + r.Pick(DressingPools.Papers) + "»:",
            4 => DressingPools.PersonName(r) + r.Separator("-", "–") + r.Pick(DressingPools.Papers) + r.Separator("-", "–") + city + ":",
            5 => city + " (" + agency + ")" + r.Separator("-", "–"),
            6 => "(" + agency + ")" + r.Separator("-", "–"),
            _ => city + r.Separator("-", "–") + DressingPools.PersonName(r) + ":",
        };
        return new(NoiseKind.Dateline, [prefix.TrimEnd() + " "], Glued: true);
    }

    public static string GregorianDate(DressingRandom r) =>
        $"{Num(r, r.Between(1, 28))} {r.Pick(Months)} {Num(r, r.Between(2010, 2020))}";

    public static string Time(DressingRandom r) =>
        $"{Num(r, r.Between(1, 12))}:{r.Pick("00", "05", "15", "30", "42", "59")} {r.Pick("ص", "م", "مساءً", "صباحاً", "AM", "PM", "")}".TrimEnd();

    private static string Num(DressingRandom r, int value) =>
        r.Chance(0.3) ? DressingRandom.ToArabicIndic(value.ToString(System.Globalization.CultureInfo.InvariantCulture)) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

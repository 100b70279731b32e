namespace BlazorReader.Bench.Cleaning.TwentySeventh;

// The chrome above and inside a story, in wordings and orders of its own: the headline again,
// bylines with several authors and roles (or a name alone above the lead), datelines with the
// agency, city and date in new orders, captions with their photo credits, credit lines.
internal static class StoryChrome
{
    private static readonly string[] GregorianMonths = ["يوليو", "أغسطس", "تموز", "آب"];

    private static readonly string[] HijriMonths = ["شوال", "ذو القعدة"];

    public static NoisePiece Headline(string title, DressingRandom r) =>
        new(NoiseKind.Headline, [r.Scuff(r.Chance(0.3) ? "«" + title + "»" : title)]);

    public static NoisePiece Byline(DressingRandom r)
    {
        var one = DressingPools.PersonName(r);
        var two = DressingPools.PersonName(r);
        var line = r.Next(5) switch
        {
            0 => one,
            1 => $"{r.Pick("كتب", "إعداد", "بقلم")}{r.Separator(":", "/", "-")}{one} و{two}",
            2 => $"{one} ({r.Pick("مراسل", "محرر", "مندوب")} {r.Pick(DressingPools.Papers)}){r.Separator("|", "·")}{r.Pick(DressingPools.Cities)}",
            3 => $"{r.Pick("تغطية", "متابعة", "حوار")}: {one}{r.Separator("–", "،")}{r.Pick("تحرير", "مراجعة", "تدقيق")}: {two}",
            _ => $"{r.Pick("المحرر الاقتصادي", "محرر الشؤون المحلية", "قسم التحقيقات")}{r.Separator("–", "|")}{one}",
        };
        return new(NoiseKind.Byline, [r.Scuff(line)]);
    }

    public static string DateText(DressingRandom r) => r.Next(3) switch
    {
        0 => r.Chance(0.6)
            ? $"{r.Number(r.Between(1, 31))} {r.Pick(GregorianMonths)} {Year(2015, r)}"
            : $"{r.Number(r.Between(1, 29))} {r.Pick(HijriMonths)} {Year(1436, r)}{r.Pick("هـ", " هـ", "")}",
        1 => DressingRandom.ToArabicIndic($"{r.Between(1, 28)}/{r.Between(7, 8)}/2015"),
        _ => $"{r.Pick("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس")} {r.Number(r.Between(1, 30))}-{r.Number(r.Between(7, 8))}-{Year(2015, r)}",
    };

    // A year is never grouped («2,015» is no page's way), but may be in either script.
    public static string Year(int year, DressingRandom r)
    {
        var text = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    // Glued to the lead: the reader sees «city – agency – date – lead».
    public static NoisePiece GluedDateline(DressingRandom r)
    {
        var city = r.Pick(DressingPools.Cities);
        var agency = r.Pick(DressingPools.Agencies);
        var line = r.Next(4) switch
        {
            0 => $"{city} - {agency}{r.Separator("-", "–")}",
            1 => $"({agency}) {city}، {DateText(r)} — ",
            2 => $"{DateText(r)} | {city} | ",
            _ => $"{city}/{agency}: ",
        };
        return new(NoiseKind.Dateline, [line], Glued: true);
    }

    public static NoisePiece Dateline(DressingRandom r)
    {
        var line = r.Next(3) switch
        {
            0 => $"{r.Pick(DressingPools.Cities)}{r.Separator("-", "–", "ـ")}{DateText(r)}",
            1 => $"{r.Pick("نُشر", "تاريخ النشر", "آخر تحديث")}{r.Separator(":", "|")}{DateText(r)}{(r.Chance(0.5) ? " " + r.Number(r.Between(1, 12)) + ":" + r.Between(10, 59) + r.Pick(" م", " ص", "") : "")}",
            _ => $"{r.Pick(DressingPools.Agencies)} · {r.Pick(DressingPools.Cities)} · {DateText(r)}",
        };
        return new(NoiseKind.Dateline, [r.Scuff(line)]);
    }

    public static NoisePiece Caption(DressingRandom r, string? subject)
    {
        var about = subject is { Length: > 0 } ? subject : r.Pick("جانب من الاجتماع", "من موقع الحدث", "صورة أرشيفية");
        var line = r.Next(3) switch
        {
            0 => $"{r.Pick("▲", "⬆", "↑", "الصورة:")} {about}",
            1 => $"{about} ({r.Pick(DressingPools.LatinAgencies)})",
            _ => $"{r.Pick("صورة", "لقطة", "الصورة")} {r.Number(r.Between(1, 9))} من {r.Number(r.Between(10, 20))}: {about}",
        };
        return new(NoiseKind.Caption, [r.Scuff(line)]);
    }

    // A photographer's credit belongs to the picture: a reader names it with the caption, and it
    // is no attribution of the story's text.
    public static NoisePiece PhotoCredit(DressingRandom r)
    {
        var who = r.Chance(0.5) ? DressingPools.PersonName(r) : r.Pick(DressingPools.LatinAgencies);
        var line = $"{r.Pick("عدسة", "تصوير", "📷", "Photo:")}{r.Separator(":", "/", "-")}{who}";
        return new(NoiseKind.Caption, [line]);
    }

    public static NoisePiece SourceCredit(DressingRandom r)
    {
        var who = r.Chance(0.5) ? r.Pick(DressingPools.Papers) : r.Pick(DressingPools.Agencies);
        var line = r.Next(3) switch
        {
            0 => $"{r.Pick("المصدر", "نقلاً عن", "عن")}{r.Separator(":", "-")}{who}",
            1 => $"[{who}]",
            _ => $"بترخيص من {who}",
        };
        return new(NoiseKind.Credit, [line]) { Credit = who };
    }
}

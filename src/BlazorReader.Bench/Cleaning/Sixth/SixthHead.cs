namespace BlazorReader.Bench.Cleaning.Sixth;

// What sits above the story: the headline again, bylines, dates on their own line, and the
// datelines and agency slugs glued in front of the lead.
internal static class SixthHead
{
    private static readonly string[] LatinCities = ["BAGHDAD", "BEIRUT", "KUWAIT CITY", "DUBAI", "DOHA", "MANAMA", "RABAT", "ALGIERS", "TUNIS", "CAIRO", "ERBIL"];

    public static NoisePiece Headline(DressingRandom r, SixthSite site, string title)
    {
        var line = r.Next(7) switch
        {
            0 => title + r.Separator("|", "-", "–", "::", "»") + site.Name,
            1 => site.Name + r.Separator("|", ":", "-") + title,
            2 => r.Pick(SixthWords.Alarm) + " " + r.Pick("عاجل", "خاص", "بالفيديو", "الآن") + r.Separator("|", ":", "-", "") + title,
            3 => "[" + r.Pick(SixthWords.Sections) + "] " + title,
            4 => title + " " + r.Pick("—", "-", "|") + " " + site.Host,
            _ => title,
        };
        return new NoisePiece(NoiseKind.Headline, [r.Scuff(line)]);
    }

    public static NoisePiece Byline(DressingRandom r, SixthSite site)
    {
        var person = SixthWords.Person(r, site);
        List<string> lines = r.Next(9) switch
        {
            0 => [r.Pick("بقلم", "كتب", "كتبت", "إعداد", "المحرر", "تحرير") + r.Separator(":", "-", "–", "ـ") + person],
            1 => [SixthWords.Quoted(r, site.Name) + r.Separator("-", "–", "|") + person],
            2 => [person + r.Separator("-", "|", "–") + r.Pick("مراسل ", "مراسلة ", "موفد ", "") + site.Name + r.Pick("", " في " + site.City, " - " + site.City)],
            3 => [r.Pick("حرر من طرف ", "بواسطة ", "par ", "Par ", "Rédigé par ") + person + r.Pick("", " | Rédaction", " - " + site.Name)],
            4 => [person, r.Pick("مراسل ", "محرر ", "صحافي في ") + site.Name + r.Pick("", " - " + site.City, " ب" + site.City)],
            5 => [r.Pick("✍️ ", "🖊 ", "✒️ ") + person],
            6 => [site.City + r.Pick(" / ", "/ ", " - ") + person],
            7 => [r.Pick("متابعة", "تقرير", "حوار", "ترجمة") + r.Separator(":", "-", "/") + person + r.Pick("", " و" + SixthWords.Person(r, site))],
            _ => [r.Pick("المحرر", "فريق التحرير", "هيئة التحرير", "La rédaction", "القسم السياسي", "قسم الأخبار") + r.Pick("", " - " + site.Name)],
        };
        return new NoisePiece(NoiseKind.Byline, [.. lines.Select(l => r.Scuff(l))]);
    }

    // A byline written onto the lead, as Egyptian portals do («كتب - فلان:» then the story).
    public static NoisePiece GluedByline(DressingRandom r, SixthSite site) =>
        new(NoiseKind.Byline, [r.Pick("كتب", "كتبت", "كتب -", "تقرير -", "متابعة:") + " " + SixthWords.Person(r, site) + r.Pick(":", " :", " -", "")], Glued: true);

    public static NoisePiece Dateline(DressingRandom r, SixthSite site, DateOnly date)
    {
        var written = SixthDates.Written(r, site, date);
        var line = r.Next(8) switch
        {
            0 => r.Pick("حرر بتاريخ ", "حُرر بتاريخ ", "حرر في ") + written,
            1 => r.Pick("نشر في", "نُشر في", "تاريخ النشر", "آخر تحديث", "تم النشر") + r.Pick(": ", " : ", " ") + written,
            2 => SixthWords.Say(r, site, "نشر بتاريخ ", r.Pick("Publié le ", "Mis à jour le ")) + written,
            3 => site.City + r.Separator("-", "|", "،", "–") + written,
            4 => r.Pick("منذ ", "قبل ") + r.Number(r.Between(2, 23)) + r.Pick(" ساعات", " ساعة", " دقيقة", " دقائق"),
            5 => "🕐 " + written,
            6 => written + r.Pick("", " | " + site.City, " - " + r.Pick(SixthWords.Sections)),
            _ => r.Pick("نشر في ", "Publié le ") + written + r.Pick(" بواسطة ", " par ", " | ") + SixthWords.Person(r, site),
        };
        return new NoisePiece(NoiseKind.Dateline, [r.Scuff(line)]);
    }

    // A dateline or agency slug on the lead's own line: the place, the paper or the wire.
    public static NoisePiece GluedDateline(DressingRandom r, SixthSite site)
    {
        var agency = site.Family == SixthFamily.Wire ? r.Pick(DressingPools.Agencies) : site.Agency;
        var text = r.Next(8) switch
        {
            0 => site.City + r.Separator("-", "–", "ـ") + SixthWords.Quoted(r, site.Name) + r.Pick(":", " :", "", " -"),
            1 => site.City + " (" + agency + ")" + r.Pick(" -", " –", " —", ":", "  -"),
            2 => site.City + r.Pick("/ ", " / ", "/") + agency + r.Pick(":", "/", " -", ""),
            3 => r.Chance(0.4) ? "(" + agency + r.Pick(") -", "):", ")") : agency + r.Pick(" -", ":", " –", "/"),
            4 => r.Pick(LatinCities) + r.Pick(", ", " ") + SixthDates.Written(r, site, new DateOnly(2015, 7, r.Between(1, 31))) + " (" + r.Pick(DressingPools.LatinAgencies) + ") -",
            5 => site.City + r.Separator("-", "|", "،") + SixthWords.Quoted(r, site.Name) + r.Separator("-", "|") + SixthDates.Written(r, site, new DateOnly(2015, 7, r.Between(1, 31))) + ":",
            6 => SixthWords.Quoted(r, site.Name) + r.Separator("-", "–", ":") + site.City + r.Pick(":", " -", ""),
            _ => r.Pick(SixthWords.Alarm) + " " + site.City + r.Pick(" -", ":", " |"),
        };
        return new NoisePiece(NoiseKind.Dateline, [text], Glued: true);
    }
}

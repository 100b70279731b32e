namespace BlazorReader.Bench.Cleaning.Sealed;

// What sits above the story: the headline printed again, the writer's line, the place and
// agency, the print edition the text was taken from.
internal static class SealedHeadChrome
{
    private static readonly string[] Sections = ["محليات", "اقتصاد", "رياضة", "شؤون دينية", "عربي ودولي", "منوعات", "ملفات", "أسواق"];

    public static NoisePiece Headline(DressingRandom r, string title)
    {
        var line = r.Next(5) switch
        {
            0 => title + SealedWords.Sep(r, "|", "-", "–", "::") + r.Pick(SealedWords.Portals),
            1 => r.Pick(Sections) + SealedWords.Sep(r, "|", "/", "»", "›") + title,
            _ => title,
        };
        return new NoisePiece(NoiseKind.Headline, [r.Scuff(line, 0.15)]);
    }

    public static NoisePiece Byline(DressingRandom r)
    {
        var who = SealedWords.Person(r);
        var line = r.Next(8) switch
        {
            0 => r.Pick("كتب", "كتبت", "كتب ـ", "يكتب") + SealedWords.Sep(r, ":", "-", "ـ", "") + who,
            1 => r.Pick("إعداد", "متابعة", "تحرير", "رصد") + SealedWords.Sep(r, ":", "/", "-") + who,
            2 => who + SealedWords.Sep(r, "-", "ـ", "–", ",") + r.Pick("مراسل", "مراسلة", "موفد") + " " + r.Pick(SealedWords.Portals) + r.Pick(" في ", " ب", " - ") + r.Pick(SealedWords.Towns),
            3 => r.Pick("تقرير", "حوار", "تغطية خاصة") + SealedWords.Sep(r, ":", "-", "/") + who + (r.Chance(0.5) ? r.Pick(" و", " و ") + SealedWords.Person(r) : ""),
            4 => r.Pick(SealedWords.Towns) + SealedWords.Sep(r, "/", "-", "ـ") + r.Pick("خاص", "خاص بـ", "خاص لـ") + r.Pick(SealedWords.Portals) + SealedWords.Sep(r, "/", "-", ":") + who,
            5 => r.Pick("بقلم", "بقلم الأستاذ", "بقلم الشيخ", "بقلم الكاتب") + SealedWords.Sep(r, ":", "") + who,
            6 => SealedWords.Icon(r, "✍", "🖊", "✒️") + who,
            _ => r.Pick("بواسطة", "نشر بواسطة", "المحرر") + SealedWords.Sep(r, ":", "") + who + (r.Chance(0.4) ? SealedWords.Sep(r, "|", "-") + SealedDates.Any(r) : ""),
        };
        return new NoisePiece(NoiseKind.Byline, [r.Scuff(line)]);
    }

    // A place and agency line of its own, or the same glued before the lead.
    public static string DatelineText(DressingRandom r)
    {
        var town = r.Pick(SealedWords.Towns);
        var agency = r.Pick(SealedWords.Agencies);
        return r.Next(7) switch
        {
            0 => town + r.Pick(" (", "(") + agency + r.Pick(") -", ")-", ") –", ")", "):"),
            1 => town + r.Pick(" / ", "/") + agency + r.Pick(" /", "/"),
            2 => town + " " + SealedDates.Any(r) + r.Pick(" (" + agency + ")", " /" + agency + "/"),
            3 => town + SealedWords.Sep(r, "ـ", "-", "–") + "«" + r.Pick(SealedWords.Portals) + "»" + r.Pick(":", " :", ""),
            4 => r.Pick("🔴 ", "⭕ ", "📍 ", "") + town + SealedWords.Sep(r, "|", "-") + r.Pick(SealedWords.Portals),
            5 => town + r.Pick(" في ", " - ") + SealedDates.Any(r) + r.Pick(" (" + agency + ") -", " (" + agency + ")", " - " + agency + " -", " - " + agency),
            _ => r.Pick("خاص", "عاجل", "متابعات") + SealedWords.Sep(r, "|", "-", "ـ", ":") + town,
        };
    }

    public static NoisePiece Dateline(DressingRandom r) => new(NoiseKind.Dateline, [r.Scuff(DatelineText(r))]);

    // A print page turned into text keeps the edition it came from.
    public static NoisePiece Edition(DressingRandom r)
    {
        var line = r.Next(3) switch
        {
            0 => r.Pick("العدد", "عدد") + " " + r.Number(r.Between(1000, 15000)) + SealedWords.Sep(r, "-", "|", "،") + SealedDates.Any(r),
            1 => SealedDates.Any(r) + SealedWords.Sep(r, "|", "-") + r.Pick("الصفحة", "صفحة", "ص") + " " + r.Number(r.Between(2, 40)) + SealedWords.Sep(r, "|", "-") + r.Pick("العدد", "رقم العدد") + " " + r.Number(r.Between(1000, 15000)),
            _ => r.Pick("النسخة الورقية", "من العدد المطبوع", "الطبعة الأولى") + SealedWords.Sep(r, ":", "-", "|") + SealedDates.Any(r),
        };
        return new NoisePiece(NoiseKind.Dateline, [r.Scuff(line)]);
    }
}

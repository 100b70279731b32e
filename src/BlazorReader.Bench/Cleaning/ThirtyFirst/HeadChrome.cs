namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// The chrome above a story: the title with the paper's name, bylines, datelines (on their
// own line or glued before the lead) and credits, each assembled from parts.
internal static class HeadChrome
{
    public static NoisePiece Headline(DressingRandom r, Story s)
    {
        var paper = r.Pick("", "صحيفة ", "جريدة ", "موقع ") + s.Paper + r.Pick("", "", " الإلكترونية", " نت", " | الصفحة الرئيسية");
        var sep = r.Separator("|", "-", "–", "::", "•", "/");
        var line = r.Next(4) switch
        {
            0 => s.Title + sep + paper,
            1 => paper + sep + s.Title,
            2 => (s.Title!.Contains('«') || s.Title.Contains('"') ? s.Title : "«" + s.Title + "»") + r.Pick(" ـ ", " — ", " ") + paper,
            _ => s.Title + (r.Chance(0.5) ? " (" + paper + ")" : " [" + paper + "]"),
        };
        return new NoisePiece(NoiseKind.Headline, [line]);
    }

    public static NoisePiece Byline(DressingRandom r, Story s)
    {
        var name = Words.Person(r);
        var line = r.Next(7) switch
        {
            0 => r.Pick("بقلم", "كتب", "كتبت", "تحرير") + r.Separator(":", "—", "/") + name,
            1 => r.Pick("مراسلة", "مراسل") + " " + s.Paper + r.Pick(" في ", " ب") + r.Pick(DressingPools.Cities) + r.Separator(":", "—", "-") + name,
            2 => name + r.Pick(" و", " و ", "، ") + Words.Person(r) + r.Pick("", " (" + s.Paper + ")", " - " + r.Pick(DressingPools.Cities)),
            3 => name + r.Separator("—", "|", "-", "•") + r.Pick(DressingPools.Cities) + r.Separator("—", "|", "-", "•") + Words.Date(r, s.When),
            4 => r.Pick("إعداد", "متابعة", "رصد") + ": " + name + r.Pick(" / ", " | ", "  ") + r.Pick("تدقيق", "مراجعة") + ": " + Words.Person(r),
            5 => r.Pick("الكاتب الصحفي ", "المحرر ", "الزميلة ", "د. ") + name + r.Pick("", " @" + r.Letters(r.Between(5, 9), "abcdefghijklmnopqrstuvwxyz_")),
            _ => "By " + Words.Latin(r) + r.Pick("", " | " + s.Paper, ", " + r.Pick(DressingPools.LatinAgencies)),
        };
        return new NoisePiece(NoiseKind.Byline, [line]);
    }

    // A dateline's parts in an order no single paper uses: agency, city, date, weekday.
    public static string DatelineText(DressingRandom r, Story s)
    {
        var agency = r.Pick(DressingPools.Agencies);
        var parts = new List<string>
        {
            r.Pick(DressingPools.Cities),
            r.Pick("(" + agency + ")", "[" + agency + "]", agency, "«" + agency + "»"),
        };
        if (r.Chance(0.5))
        {
            parts.Insert(r.Next(parts.Count + 1), Words.Date(r, s.When));
        }
        if (r.Chance(0.4))
        {
            parts.RemoveAt(1);
        }
        parts = [.. parts.OrderBy(_ => r.Next(100))];
        var join = r.Pick(" ", " - ", "، ", " / ");
        return string.Join(join, parts) + r.Pick(" —", ":", " /", " |", " •", " -", "", " ــ");
    }

    public static NoisePiece Dateline(DressingRandom r, Story s, bool glued) => new(NoiseKind.Dateline, [DatelineText(r, s)], glued);

    public static NoisePiece Credit(DressingRandom r, Story s)
    {
        var source = r.Chance(0.6) ? r.Pick(DressingPools.Agencies) : r.Chance(0.5) ? r.Pick(DressingPools.Papers) : r.Pick(DressingPools.LatinAgencies);
        var line = r.Next(6) switch
        {
            0 => r.Pick("المصدر", "مصدر الخبر", "Source") + r.Separator(":", "-", "|") + source,
            1 => "نقلاً عن " + r.Pick("", "صحيفة ", "وكالة ") + source + r.Pick("", " بتصرف", " (بتصرف)"),
            2 => r.Pick("ترجمة", "ترجمة وإعداد") + ": " + Words.Person(r) + r.Pick(" عن ", " - نقلاً عن ") + source,
            3 => (r.Chance(0.5) ? "(" + source + ")" : "[" + source + "]") + r.Pick("", " - بتصرف", " — خدمة " + s.Paper),
            4 => "بتصرف عن " + source + r.Pick("", " " + Words.Gregorian(r, s.When)),
            _ => r.Pick("حقوق النشر", "الخدمة الإخبارية") + r.Separator(":", "—") + source + r.Pick("", " ©"),
        };
        return new NoisePiece(NoiseKind.Credit, [line]) { Credit = source };
    }
}

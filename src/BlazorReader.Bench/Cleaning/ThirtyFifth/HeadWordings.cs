namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// The chrome above a story, each line put together from parts: the title with the paper's
// name, bylines of several builds, and datelines whose parts come in any order.
internal static class HeadWordings
{
    public static string Headline(DressingRandom r, Story s)
    {
        var paper = r.Pick("", "صحيفة ", "جريدة ", "موقع ") + s.Paper + r.Pick("", "", " الإلكترونية", " أون لاين", " نت");
        var sep = r.Separator("|", "-", "—", "::", "»", "•", "/");
        return r.Chance(0.6) ? s.HeadTitle + sep + paper : paper + sep + s.HeadTitle;
    }

    public static string Byline(DressingRandom r, Story s)
    {
        var second = DressingPools.PersonName(r);
        var title = r.Pick("", "", "د. ", "الأستاذة ", "الزميل ", "م. ");
        return r.Next(7) switch
        {
            0 => r.Pick("بقلم", "كتب", "إعداد", "تحرير") + r.Pick(": ", " ", " - ") + title + s.Person,
            1 => r.Pick("مراسلة", "مراسل", "موفد") + " " + s.Paper + r.Pick(" في ", " ب") + s.City + r.Separator(":", "-", "—") + s.Person,
            2 => s.Person + r.Pick(" و", " و ", " - ", "، ") + second,
            3 => s.Person + r.Separator("—", "-", "|", "،") + s.City + r.Pick("، ", " ", " | ") + DateWords.Any(r, s.When),
            4 => "إعداد: " + s.Person + r.Pick(" / ", " | ", " — ") + "مراجعة: " + second,
            5 => r.Pick("متابعة", "تقرير", "حوار") + r.Separator(":", "-", "/") + title + s.Person,
            _ => r.Pick("كتب بواسطة ", "نشر بواسطة ", "الكاتب: ") + s.Person,
        };
    }

    // The parts of a dateline in an order the page chose; the separator after it is the page's too.
    public static string Dateline(DressingRandom r, Story s)
    {
        var agency = r.Pick(DressingPools.Agencies);
        var parts = new List<string> { s.City };
        if (r.Chance(0.7))
        {
            parts.Insert(r.Next(parts.Count + 1), r.Pick("(" + agency + ")", "[" + agency + "]", agency, "- " + agency + " -"));
        }
        if (r.Chance(0.6))
        {
            parts.Insert(r.Next(parts.Count + 1), DateWords.Any(r, s.When));
        }
        return string.Join(r.Pick(" ", "، ", " / ", " • "), parts);
    }

    public static string AfterDateline(DressingRandom r) => r.Pick(" — ", ": ", " / ", " | ", " • ", " ", " -", "—");

    public static string Credit(DressingRandom r, Story s, out string source)
    {
        source = r.Chance(0.6) ? r.Pick(DressingPools.Agencies) : r.Chance(0.5) ? r.Pick(DressingPools.LatinAgencies) : s.Paper;
        return r.Next(6) switch
        {
            0 => r.Pick("المصدر", "المرجع", "عن") + r.Separator(":", "-") + source,
            1 => "نقلاً عن " + r.Pick("صحيفة ", "وكالة ", "") + source + r.Pick("", " بتصرف", " (بتصرف)"),
            2 => r.Pick("ترجمة", "ترجمة وإعداد") + ": " + s.Person + r.Pick(" عن ", " - ") + source,
            3 => "(" + source + ")",
            4 => r.Pick("خدمة ", "حقوق النشر: ", "© ") + source + r.Pick("", " " + DateWords.Digits(r, "2015")),
            _ => source + r.Pick(" - بتصرف", " / بتصرف يسير", " — نقلاً عن مراسلها"),
        };
    }
}

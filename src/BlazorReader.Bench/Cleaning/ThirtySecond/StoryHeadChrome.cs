namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// The chrome papers put round a story's top, written in wordings and orders of this
// catalogue's own: the headline with the paper's name, bylines, datelines glued to the lead.
internal static class StoryHeadChrome
{
    public static string Paper(DressingRandom r) => r.Pick(
        r.Pick(DressingPools.Papers), "صحيفة " + r.Pick(DressingPools.Papers), "جريدة " + r.Pick(DressingPools.Papers), r.Pick(DressingPools.Papers) + " الإلكترونية");

    // The title with the paper's name after it or before it, or the section between them.
    public static void Headline(Page p)
    {
        if (p.Title is null)
        {
            return;
        }
        var paper = p.PaperName;
        var sep = p.R.Separator("|", "—", "•", "::", "»", "/", "ـــ");
        p.Chrome(NoiseKind.Headline, p.R.Next(5) switch
        {
            0 => p.Title + sep + paper,
            1 => paper + sep + p.Title,
            2 => $"{p.Title} ({paper})",
            3 => $"[{paper}] {p.Title}",
            _ => paper + sep + p.R.Pick("محليات", "اقتصاد", "رياضة", "الأخيرة", "دوليات") + sep + p.Title,
        });
    }

    private static readonly string[] Women = ["سارة", "نورة", "هند", "منيرة", "ريم", "مها"];

    // A man's or a woman's name, «بن» only between men's names (the pool's names are mixed).
    public static string Name(DressingRandom r, bool? woman = null)
    {
        var men = DressingPools.FirstNames.Except(Women).ToArray();
        var isWoman = woman ?? r.Chance(0.25);
        var first = isWoman ? r.Pick(Women) : r.Pick(men);
        return first + (!isWoman && r.Chance(0.15) ? " بن " + r.Pick(men) : "") + " " + r.Pick(DressingPools.FamilyNames);
    }

    public static void Byline(Page p)
    {
        var r = p.R;
        var city = r.Pick(DressingPools.Cities);
        string[] lines = r.Next(6) switch
        {
            0 => r.Chance(0.3) ? [$"كتبت{r.Pick(": ", " ")}{r.Pick("", "الزميلة ", "الدكتورة ")}{Name(r, true)}"]
                : [$"{r.Pick("كتب", "بقلم")}{r.Pick(": ", " ")}{r.Pick("", "الزميل ", "الدكتور ", "الأستاذ ")}{Name(r, false)}"],
            1 => r.Chance(0.4) ? [$"مراسلة {p.PaperName} في {city}{r.Separator(":", "—", "-")}{Name(r, true)}"] : [$"مراسل {p.PaperName} في {city}{r.Separator(":", "—", "-")}{Name(r, false)}"],
            2 => [$"{Name(r)} {r.Pick("و", "و ", "، ")}{Name(r)}", r.Pick("فريق التحرير", "قسم الأخبار المحلية", "وحدة التحقيقات")],
            3 => [$"{Name(r)}{r.Separator("—", "|", "،")}{city}{r.Separator("—", "|", "،")}{Dates.Gregorian(r, p.Day)}"],
            4 => [$"{r.Pick("إعداد", "متابعة", "تقرير")}: {Name(r)}{r.Pick(" | ", " — ", "، ")}{r.Pick("تحرير", "مراجعة", "تدقيق")}: {Name(r)}"],
            _ => [Name(r, false), $"{r.Pick("محرر", "مراسل")} {r.Pick("الشؤون المحلية", "الاقتصاد", "الرياضة", "الشؤون الدولية")}{r.Pick("", " — " + city)}"],
        };
        p.Chrome(NoiseKind.Byline, lines);
    }

    // A dateline glued onto the lead, its parts in an order of this catalogue's own.
    public static string Dateline(DressingRandom r, DateOnly day, out string? credit)
    {
        var city = r.Pick(DressingPools.Cities);
        var agency = r.Pick(DressingPools.Agencies);
        credit = null;
        var date = r.Chance(0.5) ? Dates.Gregorian(r, day) : Dates.HijriDate(r, day);
        var end = r.Pick(" — ", ": ", " / ", " | ", " • ", " ", "— ", " :");
        var withAgency = r.Chance(0.6);
        if (withAgency)
        {
            credit = agency;
        }
        var ag = withAgency ? r.Pick($"({agency})", $"[{agency}]", agency, $"«{agency}»") : "";
        var parts = r.Next(5) switch
        {
            0 => new[] { ag, city, date },
            1 => [city, Dates.Weekday(day), date, ag],
            2 => [date, city, ag],
            3 => [city, ag],
            _ => [Dates.Weekday(day) + " " + date, ag, city],
        };
        var joint = r.Pick(" ", "، ", " - ", " / ");
        return string.Join(joint, parts.Where(s => s.Length > 0)) + end;
    }
}

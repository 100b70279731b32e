namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// What sits over the lead on any page: the headline again, bylines of one or several
// writers (sometimes a name alone), datelines in new orders, on their own line or glued to
// the lead with a dash.
internal static class HeadChrome
{
    private static readonly string[] Roles =
        ["محرر الشؤون المحلية", "مراسلة الصحيفة", "قسم الأخبار", "المحرر الاقتصادي", "فريق التحرير", "محررة الشؤون الصحية", "مراسلنا"];

    public static void Headline(Page p, Story s)
    {
        var r = p.R;
        var line = r.Next(4) switch
        {
            0 => s.Title + r.Separator("|", "-", "–") + s.Paper,
            1 => s.Title + " " + (r.Chance(0.5) ? $"«{s.Paper}»" : $"({s.Paper})"),
            _ => s.Title,
        };
        p.Add(NoiseKind.Headline, line);
    }

    public static void Byline(Page p)
    {
        var r = p.R;
        var one = DressingPools.PersonName(r);
        IReadOnlyList<string> lines = r.Next(7) switch
        {
            0 => [one],
            1 => [r.Pick("كتب", "كتبت", "تقرير", "إعداد") + r.Separator("-", ":", "–", "ـ") + one],
            2 => [$"{r.Pick("إعداد", "متابعة", "تحرير")}: {one} {r.Pick("و", "، ")}{DressingPools.PersonName(r)}"],
            3 => [one, r.Pick(Roles)],
            4 => [$"{r.Pick(Roles)}{r.Separator("|", "-", "—")}{one}"],
            5 => [$"{one} ({r.Pick("الرياض", "جدة", "الدمام", "أبها")})", $"{r.Pick("نشر في", "آخر تحديث")} {Stamps.Time(r)}"],
            _ => [$"{r.Pick("بقلم", "بواسطة", "By")} {(r.Chance(0.3) ? Stamps.LatinName(r) : one)}"],
        };
        p.Add(NoiseKind.Byline, lines);
    }

    public static string Dateline(DressingRandom r, Story s)
    {
        var agency = r.Pick(DressingPools.Agencies);
        var date = Stamps.Date(r, s.Date);
        return r.Next(6) switch
        {
            0 => $"{s.City}{r.Separator("،", "-", "/")}{agency}{r.Separator("،", "-", "/")}{date}",
            1 => $"({agency}) {s.City} {date}",
            2 => $"{date} {r.Pick("|", "–", "—")} {s.City} ({agency})",
            3 => $"{s.City}، {date} ({agency})",
            4 => $"{agency}{r.Separator("–", "-")}{s.City}",
            _ => $"{s.City} {r.Pick("في", "يوم")} {date}",
        };
    }

    public static void Lead(Page p, Story s, string lead)
    {
        var r = p.R;
        if (r.Chance(0.45))
        {
            p.Glued(lead, Dateline(r, s) + r.Pick(" - ", " – ", " — ", " ـ ", ": ", "– ", " -"), null, NoiseKind.Dateline);
            return;
        }
        if (r.Chance(0.35))
        {
            p.Add(NoiseKind.Dateline, Dateline(r, s));
        }
        p.Paragraph(lead);
    }
}

namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// The chrome that sits over a story or on its first line: the headline with the paper's name,
// bylines, datelines (own line or glued before the lead), credits and photo captions.
internal static class HeadChrome
{
    public static NoisePiece Headline(Page p)
    {
        var r = p.R;
        var paper = p.Paper.EndsWith("نت", StringComparison.Ordinal) ? p.Paper : r.Pick(p.Paper, "صحيفة " + p.Paper, "جريدة " + p.Paper + " الإلكترونية", p.Paper + " نت");
        var mark = r.Separator("|", "-", "—", "::", "«", "»", "•", "/");
        return p.Piece(NoiseKind.Headline, r.Chance(0.6) ? p.Title + mark + paper : paper + mark + p.Title);
    }

    public static NoisePiece Byline(Page p)
    {
        var r = p.R;
        var other = Page.Person(r);
        var line = r.Next(6) switch
        {
            0 => r.Pick("بقلم", "كتب", "كتبت", "إعداد") + r.Pick(": ", " : ", " ") + p.Author,
            1 => r.Pick("مراسلة", "مراسل", "موفد") + " " + p.Paper + " في " + p.City + r.Separator("-", ":", "|") + p.Author,
            2 => p.Author + r.Pick(" و", " و ", " - ") + other + r.Pick("", " (" + p.City + ")"),
            3 => r.Pick("كتب", "تقرير") + ": " + p.Author + r.Separator("—", "|", "•") + p.City + "، " + Dates.Gregorian(r, p.When),
            4 => r.Pick("د. ", "أ. ", "م. ") + p.Author + r.Separator("|", "-", "•") + r.Pick("محرر الشؤون المحلية", "قسم الاقتصاد", "القسم الرياضي"),
            _ => r.Pick("تحرير", "متابعة") + ": " + p.Author + r.Separator("|", "/", "•") + r.Pick("تصوير", "عدسة") + ": " + other,
        };
        return p.Piece(NoiseKind.Byline, r.Scuff(line, 0.2));
    }

    // The dateline's parts in an order that is not obvious: date first, agency first, city last.
    public static string DatelineText(Page p)
    {
        var r = p.R;
        var agency = r.Next(3) switch { 0 => "(" + p.Agency + ")", 1 => "[" + p.Agency + "]", _ => p.Agency };
        var parts = new List<string> { p.City };
        if (r.Chance(0.7))
        {
            parts.Add(agency);
        }
        if (r.Chance(0.5))
        {
            parts.Add(Dates.Any(r, p.When));
        }
        var ordered = parts.OrderBy(_ => r.Next(100)).ToList();
        var mark = r.Pick(" — ", " - ", " / ", " | ", " • ", "، ", " ");
        return string.Join(mark, ordered) + r.Pick(": ", " — ", " - ", ":", " | ", " • ");
    }

    public static NoisePiece Dateline(Page p) => p.Piece(NoiseKind.Dateline, DatelineText(p).TrimEnd(' ', ':', '-', '—', '|', '•').Trim());

    public static NoisePiece Credit(Page p)
    {
        var r = p.R;
        var source = r.Chance(0.5) ? p.Agency : p.Paper;
        var line = r.Next(5) switch
        {
            0 => r.Pick("المصدر", "مصدر الخبر", "المرجع") + r.Pick(": ", " : ", " - ") + source,
            1 => r.Pick("نقلاً عن", "نقلا عن", "عن") + " " + r.Pick("صحيفة ", "وكالة ", "") + source,
            2 => r.Pick("بتصرف عن ", "(بتصرف) عن ", "بتصرف — ") + source,
            3 => r.Pick("ترجمة", "ترجمة عن الإنجليزية") + ": " + p.Author + r.Separator("|", "-", "•") + r.Pick("المصدر: ", "") + source,
            _ => "(" + source + ")",
        };
        return new NoisePiece(NoiseKind.Credit, [line]) { Credit = source };
    }

    public static NoisePiece Caption(Page p)
    {
        var r = p.R;
        var who = r.Pick("الوزير", "المسؤولون", "جانب من الاجتماع", "المشاركون", "موقع الحادث", "جانب من الحضور", "الأمير");
        var what = r.Pick("خلال الجولة", "أثناء الافتتاح", "في لقطة أرشيفية", "في أثناء المؤتمر الصحفي", "لحظة وصوله", "");
        var credit = r.Pick(p.Agency, p.Paper, r.Pick(DressingPools.LatinAgencies), "تصوير: " + Page.Person(r));
        var line = r.Next(4) switch
        {
            0 => (who + " " + what).Trim() + " (" + credit + ")",
            1 => (who + " " + what).Trim() + r.Pick(" — ", " - ", " —") + credit,
            2 => "(" + r.Pick("صورة أرشيفية", "الصورة من المصدر", "صورة تعبيرية") + ")" + r.Pick(" — ", " ") + credit,
            _ => r.Pick("📷 ", "الصورة: ", "صورة: ") + credit,
        };
        return p.Piece(NoiseKind.Caption, r.Scuff(line, 0.2));
    }
}

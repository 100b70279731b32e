namespace BlazorReader.Bench.Cleaning.Seventeenth;

// Text glued onto the story's first or last line with no break: a dateline in a wire's
// Latin or Arabic form before the lead, a wire's credit or an app's «continue» after the last
// sentence. The credit names the wire, as an attribution would.
internal static class GluedEdges
{
    private static readonly string[] Wires = ["برناما", "أنتارا", "أ ب ب", "وكالة الأنباء السنغالية", "Bernama", "ANTARA", "APS", "يو إن آي", "Reuters", "رويترز", "الأناضول"];

    public static void Glue(PageDraft page, DressingRandom r)
    {
        if (page.Paragraphs.Count == 0)
        {
            return;
        }
        if (page.Prefix is null && r.Chance(0.6))
        {
            var city = r.Pick(DressingPools.Cities);
            var line = r.Next(3) switch
            {
                0 => city + r.Separator() + "(" + r.Pick(Wires) + ")" + r.Separator(),
                1 => r.Pick("RIYADH", "JEDDAH", "DUBAI", "CAIRO", "LONDON") + ", " + page.When.ToString("MMMM d", System.Globalization.CultureInfo.InvariantCulture) + " (" + r.Pick("Reuters", "AFP", "SPA") + ") - ",
                _ => city + " " + Stamps.Digits(Stamps.Hijri(page.When), r) + r.Pick("هـ", " هـ") + r.Separator("–", "-", ":"),
            };
            page.Prefix = (line, new NoisePiece(NoiseKind.Dateline, [line.Trim()], Glued: true));
        }
        if (r.Chance(0.6))
        {
            if (r.Chance(0.5))
            {
                var wire = Wires.FirstOrDefault(w => page.Prefix?.Text.Contains(w, StringComparison.Ordinal) == true) ?? r.Pick(Wires);
                var tail = r.Pick(" (", " — ", " - ", " ") + wire + r.Pick(")", "", "");
                tail = tail.StartsWith(" (", StringComparison.Ordinal) && !tail.EndsWith(')') ? tail + ")" : tail;
                page.Suffix = (tail, new NoisePiece(NoiseKind.Credit, [tail.Trim()], Glued: true) { Credit = wire });
            }
            else
            {
                var more = r.Pick(" ", " … ", "... ", "") + r.Pick("تابع القراءة في التطبيق", "التفاصيل في المصدر", "للمزيد", "Read more ›", "(يتبع)", "اقرأ الخبر كاملاً ←");
                page.Suffix = (more, new NoisePiece(NoiseKind.MoreLink, [more.Trim()], Glued: true));
            }
        }
    }
}

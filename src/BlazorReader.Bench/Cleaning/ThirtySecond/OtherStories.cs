namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// Other stories' titles and leads as pages list them: «اقرأ أيضاً» alone or in a block of two
// or three, teaser blocks with times, categories, bullets or numbers, and more-links.
internal static class OtherStories
{
    private static readonly string[] Sections = ["محليات", "اقتصاد", "رياضة", "دوليات", "ثقافة", "منوعات", "صحة", "تقنية"];

    public static void ReadAlso(Page p)
    {
        var r = p.R;
        var word = r.Pick("اقرأ أيضاً", "اقرأ أيضا", "إقرأ ايضاً", "قد يهمك أيضاً", "اقرأ كذلك");
        if (r.Chance(0.5))
        {
            if (p.OtherStory() is { } one)
            {
                p.Piece(new NoisePiece(NoiseKind.ReadAlso, [r.Pick($"{word}{r.Separator(":", "»", "—", "←")}{one}", $"{r.Pick("▪", "◄", "»", "")} {word}: «{one}»", $"{one} ← {word}")]) { Teasers = [one] });
            }
            return;
        }
        var items = Enumerable.Range(0, r.Between(2, 3)).Select(_ => p.OtherStory()).OfType<string>().ToList();
        if (items.Count == 0)
        {
            return;
        }
        var mark = r.Pick("• ", "- ", "▸ ", "", "◂ ");
        var lines = new List<string> { r.Pick(word, word + ":", $"— {word} —", $"{word} في {r.Pick(Sections)}") };
        lines.AddRange(items.Select((t, i) => mark.Length == 0 && r.Chance(0.5) ? $"{r.Number(i + 1)}{r.Pick(". ", "- ", ") ")}{t}" : mark + t));
        p.Piece(new NoisePiece(NoiseKind.ReadAlso, lines) { Teasers = items });
    }

    // A block of other stories under a header: titles, sometimes a lead, with a time or a section.
    public static void TeaserBlock(Page p)
    {
        var r = p.R;
        var items = new List<string>();
        var lines = new List<string> { r.Pick("الأكثر قراءة", "أخبار ذات صلة", "في هذا القسم", "آخر الأخبار", "المزيد من " + r.Pick(Sections), "قصص أخرى") + r.Pick("", ":", " ▼") };
        var count = r.Between(2, 4);
        var numbered = r.Chance(0.35);
        for (var i = 0; i < count; i++)
        {
            var lead = r.Chance(0.25);
            if (p.OtherStory(lead) is not { } t)
            {
                continue;
            }
            items.Add(t);
            var head = numbered ? r.Number(items.Count) + r.Pick(". ", " - ", ") ") : r.Pick("", "• ", "■ ", $"[{r.Pick(Sections)}] ");
            var stamp = r.Pick("", "", $" — {Dates.Ago(r)}", $" | {Dates.Time(r)}", $" · {r.Pick(Sections)}");
            lines.Add(head + t + stamp);
        }
        if (items.Count > 0)
        {
            p.Piece(new NoisePiece(NoiseKind.Teaser, lines) { Teasers = items });
        }
    }

    public static string MoreWords(DressingRandom r) => r.Pick(
        "المزيد", "للمزيد اضغط هنا", "التفاصيل", "تابع القراءة", "اقرأ الخبر كاملاً", "التفاصيل على الموقع", "more");

    // A more-link alone, or glued after the last sentence (glued is written by the caller).
    public static void MoreLink(Page p) => p.Chrome(NoiseKind.MoreLink, p.R.Pick(
        $"{MoreWords(p.R)} ←", $"» {MoreWords(p.R)}", $"{MoreWords(p.R)}...", $"[{MoreWords(p.R)}]", $"{MoreWords(p.R)} ››"));

    public static string GluedMore(DressingRandom r) => r.Pick(
        $" ...{MoreWords(r)}", $"… {MoreWords(r)}", $" ({MoreWords(r)})", $" {MoreWords(r)} ←", $"..{MoreWords(r)}»");
}

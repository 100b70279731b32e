namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// Other stories a page lists: «اقرأ أيضاً» inline or in blocks, and teaser blocks with
// times, categories, bullets or numbers. Their texts are the pools' titles and leads, kept
// whole in the labels so the benchmark can tell them from the story.
internal static class OtherStories
{
    public static string? Pick(DressingRandom r, Story s, bool lead = false)
    {
        for (var i = 0; i < 8; i++)
        {
            var text = lead && s.Pools.Leads.Count > 0 ? r.Pick(s.Pools.Leads)
                : r.Chance(0.3) ? s.Pools.RelatedTitle(r, s.Title) ?? r.Pick(s.Pools.Titles) : r.Pick(s.Pools.Titles);
            if (text != TextReferee.Normalize(s.Title ?? "") && !s.OwnText.Contains(text, StringComparison.Ordinal))
            {
                return text;
            }
        }
        return null;
    }

    public static NoisePiece? ReadAlsoInline(DressingRandom r, Story s)
    {
        var title = Pick(r, s);
        if (title is null)
        {
            return null;
        }
        var head = r.Pick("اقرأ أيضاً", "اقرأ أيضًا", "إقرأ ايضا", "يهمك أيضاً", "شاهد أيضاً", "اقرأ كذلك");
        var line = r.Next(3) switch
        {
            0 => head + r.Separator(":", "|", "—", "»") + title,
            1 => r.Pick("◄ ", "▪ ", "» ", "") + head + " " + r.Pick("«" + title + "»", "(" + title + ")"),
            _ => title + r.Pick(" ← ", " | ") + head,
        };
        return new NoisePiece(NoiseKind.ReadAlso, [line]) { Teasers = [title] };
    }

    public static NoisePiece? ReadAlsoBlock(DressingRandom r, Story s) =>
        Block(r, s, NoiseKind.ReadAlso, r.Pick("اقرأ أيضاً", "اقرأ أيضاً:", "مواضيع قد تهمك", "اقرأ في الموضوع نفسه"), r.Between(2, 3));

    public static NoisePiece? Teasers(DressingRandom r, Story s) =>
        Block(r, s, NoiseKind.Teaser, r.Pick("الأكثر قراءة", "أخبار ذات صلة", "في القسم نفسه", "آخر الأخبار", "المزيد من " + s.Paper, "الأكثر تداولاً اليوم"), r.Between(2, 5));

    private static NoisePiece? Block(DressingRandom r, Story s, NoiseKind kind, string header, int count)
    {
        var leads = kind == NoiseKind.Teaser && r.Chance(0.3);
        var texts = Enumerable.Range(0, count).Select(_ => Pick(r, s, leads)).OfType<string>().Distinct().ToList();
        if (texts.Count < 2)
        {
            return null;
        }
        var style = r.Next(5);
        var lines = new List<string>();
        if (r.Chance(0.85))
        {
            lines.Add(header);
        }
        for (var i = 0; i < texts.Count; i++)
        {
            lines.Add(style switch
            {
                0 => r.Pick("• ", "- ", "▪ ", "◂ ") + texts[i],
                1 => Words.D(r, i + 1) + r.Pick(". ", "- ", ") ", " ـ ") + texts[i],
                2 => texts[i] + r.Pick(" · ", " — ", " | ") + Words.Ago(r),
                3 => r.Pick("محليات", "اقتصاد", "رياضة", "دوليات", "ثقافة", "Sport") + r.Pick(" | ", " / ", " » ") + texts[i],
                _ => texts[i],
            });
        }
        return new NoisePiece(kind, lines) { Teasers = texts };
    }
}

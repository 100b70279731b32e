namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// Other stories a page lists: «اقرأ أيضاً» inline or as a small block under its header, and
// teaser boxes (numbered, bulleted, with times or sections). The texts come from the pools,
// and a frame wraps each line in its own markup.
internal static class ListedStories
{
    private static readonly string[] Sections = ["محليات", "اقتصاد", "رياضة", "دولي", "ثقافة", "منوعات", "تقنية"];

    public static void ReadAlsoInline(PageWriter w, Story s, Func<string, string> wrap)
    {
        var r = w.R;
        if (s.Teaser(r) is not { } title)
        {
            return;
        }
        var line = r.Pick("اقرأ أيضاً", "اقرأ أيضًا", "إقرأ ايضا", "شاهد أيضاً", "ذات صلة", "طالع أيضاً") + r.Pick(": ", " :", " ← ", " » ", " - ") + title;
        w.Chrome(NoiseKind.ReadAlso, wrap, [line], [title]);
    }

    public static void ReadAlsoBlock(PageWriter w, Story s, Func<string, string> wrap)
    {
        var r = w.R;
        var titles = s.Teasers(r, r.Between(2, 3));
        if (titles.Count == 0)
        {
            return;
        }
        var header = r.Pick("اقرأ أيضاً", "اقرأ أيضاً:", "مواضيع ذات صلة", "أخبار ذات صلة", "قد يهمك أيضاً");
        var bullet = r.Pick("• ", "- ", "◂ ", "» ", "");
        w.Chrome(NoiseKind.ReadAlso, wrap, [header, .. titles.Select(t => bullet + t)], titles);
    }

    // A box of other stories with its header; sometimes leads rather than titles.
    public static void TeaserBlock(PageWriter w, Story s, Func<string, string> wrap, string? header = null)
    {
        var r = w.R;
        var texts = s.Teasers(r, r.Between(2, 4), leads: r.Chance(0.25));
        if (texts.Count == 0)
        {
            return;
        }
        header ??= r.Pick("الأكثر قراءة", "أحدث الأخبار", "آخر الأخبار", "الأكثر تعليقاً", "أخبار متعلقة", "من نفس القسم");
        var style = r.Next(5);
        var lines = texts.Select((t, i) => style switch
        {
            0 => DateWords.Digits(r, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) + r.Pick(". ", "- ", ") ") + t,
            1 => r.Pick("• ", "▪ ", "◆ ") + t,
            2 => t + r.Separator("—", "|", "-") + r.Pick("منذ " + r.Number(r.Between(2, 11)) + " ساعات", DateWords.Time(r, w.R.Chance(0.5) ? s.When.AddHours(-i - 1) : s.When.AddMinutes(-7 * i - 5)), "أمس"),
            3 => "[" + r.Pick(Sections) + "] " + t,
            _ => t,
        }).ToList();
        w.Chrome(NoiseKind.Teaser, wrap, [header, .. lines], texts);
    }
}

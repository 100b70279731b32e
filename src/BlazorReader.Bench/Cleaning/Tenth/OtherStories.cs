namespace BlazorReader.Bench.Cleaning.Tenth;

// Other stories the page lists: blocks of one to six titles or leads, above or below the foot,
// headed or bare, each item with a date, a section or a number as these sites print them; and
// single «read also» lines dropped into the story.
public static class OtherStories
{
    private static readonly string[] Sections = ["محليات", "اقتصاد", "رياضة", "سياسة", "عربي ودولي", "منوعات", "صحة", "تقارير", "ثقافة"];

    public static void Block(TenthPage page, TenthStory s, DressingRandom r)
    {
        var texts = Pick(s, r, r.Chance(0.2) ? 1 : r.Between(2, 6));
        if (texts.Count == 0)
        {
            return;
        }
        var decor = r.Next(6);
        var lines = new List<string>();
        if (r.Chance(0.65))
        {
            lines.Add(r.Pick("أخبار ذات صلة", "الأكثر قراءة", "اقرأ أيضاً", "قد يهمك أيضاً", "المزيد من " + s.Paper, "آخر الأخبار", "Related", "More stories",
                "الأكثر مشاهدة", "أخبار متعلقة", "مواضيع قد تعجبك") + r.Pick("", ":", " »", " ▼", " ↓"));
        }
        for (var i = 0; i < texts.Count; i++)
        {
            var t = texts[i];
            lines.Add(decor switch
            {
                0 => $"{t}{r.Pick(" - ", " | ", "  ")}{Stamp.Digits(r, (s.Day.AddDays(-r.Between(0, 40))).ToString(r.Pick("yyyy/MM/dd", "dd-MM-yyyy"), System.Globalization.CultureInfo.InvariantCulture))}",
                1 => $"{r.Pick(Sections)}{r.Pick(" | ", " / ", ": ", " ▸ ")}{t}",
                2 => $"{Stamp.Digits(r, Stamp.N(i + 1))}{r.Pick(". ", "- ", " ", ") ")}{t}",
                3 => $"{r.Pick("• ", "■ ", "▪ ", "- ", "» ", "◀ ")}{t}",
                4 => $"{t}{r.Pick("\n", " ")}{Stamp.Ago(r)}",
                _ => t,
            });
        }
        var piece = page.Piece(NoiseKind.Teaser, [.. lines.SelectMany(l => l.Split('\n'))]) with { Teasers = texts };
        if (r.Chance(0.5))
        {
            page.Tail(piece);
        }
        else
        {
            page.Bottom(piece);
        }
    }

    public static void ReadAlso(TenthPage page, TenthStory s, DressingRandom r)
    {
        var texts = Pick(s, r, 1);
        if (texts.Count == 0)
        {
            return;
        }
        var head = r.Pick("اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ كذلك", "طالع أيضاً", "شاهد أيضاً", "Read also", "ذات صلة", "قد يهمك");
        var lines = r.Next(3) switch
        {
            0 => new[] { $"{head}{r.Pick(": ", ":", " - ", " » ", "  ")}{texts[0]}" },
            1 => [head + r.Pick("", ":", "..."), texts[0]],
            _ => [$"{Stamp.Icon(r, "🔴", "📌", "▶️")}{head}{r.Pick(": ", " | ")}{texts[0]}{r.Pick("", " ←", " »")}"],
        };
        page.Between(page.Piece(NoiseKind.ReadAlso, lines) with { Teasers = texts });
    }

    // Titles (some sharing a word with this one) and leads of other stories, none of this one's.
    private static List<string> Pick(TenthStory s, DressingRandom r, int count)
    {
        var own = TextReferee.Normalize(s.Title);
        var body = TextReferee.Normalize(s.Article.Text);
        var picked = new List<string>();
        for (var tries = 0; picked.Count < count && tries < count * 4; tries++)
        {
            var t = r.Chance(0.25) ? s.Pools.RelatedTitle(r, s.Title) : r.Chance(0.6) ? r.Pick(s.Pools.Titles) : r.Pick(s.Pools.Leads);
            if (t is not null && t != own && !body.Contains(t, StringComparison.Ordinal) && !picked.Contains(t))
            {
                picked.Add(t);
            }
        }
        return picked;
    }
}

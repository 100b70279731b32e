namespace BlazorReader.Bench.Cleaning.Thirteenth;

// Other stories listed under (or over) a story: one line, two, three or many, with or
// without a header, bullets or numbers, a time or a paper's name beside each or on a line
// of its own as aggregator cards print them. Every text listed is a teaser a reader expects.
internal static class TeaserBlocks
{
    public static NoisePiece? Draw(Page p, int? size = null)
    {
        var r = p.R;
        var count = size ?? r.Pick(1, 1, 2, 2, 3, 3, 4, 5, 7, 9);
        var teasers = p.Teasers(count);
        if (teasers.Count == 0)
        {
            return null;
        }
        var lines = new List<string>();
        if (r.Chance(0.7))
        {
            lines.Add(Header(p));
        }
        var style = r.Next(6);
        for (var i = 0; i < teasers.Count; i++)
        {
            lines.AddRange(Item(p, teasers[i], i + 1, style));
        }
        return Page.Piece(NoiseKind.Teaser, lines) with { Teasers = teasers };
    }

    private static string Header(Page p)
    {
        var r = p.R;
        var header = p.Region switch
        {
            Region.Egypt when r.Chance(0.5) => r.Pick("شوف كمان", "ممكن يعجبك", "الأكثر قراءة", "اقرأ كمان"),
            _ when p.Region.IsMaghreb() && r.Chance(0.5) => r.Pick("Lire aussi", "À lire aussi", "Articles similaires", "Les plus lus", "اقرأ أيضا"),
            Region.Lebanon when r.Chance(0.4) => r.Pick("Related", "Read also", "Most read", "À lire aussi"),
            _ => r.Pick("أخبار ذات صلة", "مواضيع قد تهمك", "الأكثر قراءة", "آخر الأخبار", "المزيد من " + p.Outlet.Name, "تغطية كاملة", "قصص رائجة", "قد يعجبك أيضاً", "من نفس القسم", "مقالات مشابهة"),
        };
        return r.Pick("", "", "■ ", "🔻 ", "— ") + Ink.Stretch(r, header) + r.Pick("", "", ":", " »", " ›");
    }

    // One listed story: the text alone or with a mark, number, time or source beside it, or
    // a card of three lines (source, text, time) as aggregators print them.
    private static IEnumerable<string> Item(Page p, string teaser, int n, int style)
    {
        var r = p.R;
        var other = Outlets.All[r.Next(Outlets.All.Length)].Name;
        switch (style)
        {
            case 0:
                return [r.Pick("", "• ", "- ", "· ", "◂ ", "» ") + teaser];
            case 1:
                return [p.Num(n) + r.Pick(". ", "- ", ") ", " - ", "۔ ") + teaser];
            case 2:
                return [teaser + r.Separator("|", "-", "·", "—") + r.Pick(Ink.Ago(r, p.Region), Ink.Time(r, p.Region), p.Date())];
            case 3:
                return [Ink.Time(r, p.Region) + r.Pick(" | ", " ", " - ") + teaser];
            case 4:
                return r.Chance(0.5)
                    ? [other + r.Pick(" · ", " • ", "  ") + Ink.Ago(r, p.Region), teaser]
                    : [other, teaser, Ink.Ago(r, p.Region)];
            default:
                return [r.Chance(0.5) ? teaser + " (" + other + ")" : teaser + r.Pick(" - ", " | ", " — ") + other];
        }
    }
}

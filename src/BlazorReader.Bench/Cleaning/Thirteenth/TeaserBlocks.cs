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
        var style = Style.Draw(p);
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
            Region.Egypt when r.Chance(0.5) => p.Pick("شوف كمان", "ممكن يعجبك", "الأكثر قراءة", "اقرأ كمان"),
            _ when p.Region.IsMaghreb() && r.Chance(0.5) => p.Pick("Lire aussi", "À lire aussi", "Articles similaires", "Les plus lus", "اقرأ أيضا"),
            Region.Lebanon when r.Chance(0.4) => p.Pick("Related", "Read also", "Most read", "À lire aussi"),
            _ => p.Pick("أخبار ذات صلة", "مواضيع قد تهمك", "الأكثر قراءة", "آخر الأخبار", "المزيد من " + p.Outlet.Name, "تغطية كاملة", "قصص رائجة", "قد يعجبك أيضاً", "من نفس القسم", "مقالات مشابهة"),
        };
        return p.Pick("", "", "■ ", "🔻 ", "— ") + Ink.Stretch(r, header) + p.Pick("", "", ":", " »", " ›");
    }

    // One listed story in its block's style (a list keeps one bullet, one numbering, one kind
    // of side note): the text alone or with a mark, number, time or source beside it, or a card
    // of two or three lines (source and age, text) as aggregators print them.
    private static IEnumerable<string> Item(Page p, string teaser, int n, Style style)
    {
        var r = p.R;
        var other = Outlets.All[r.Next(Outlets.All.Length)].Name;
        var side = style.Side switch
        {
            0 => Ink.Ago(r, p.Region),
            1 => Ink.Time(r, p.Region),
            _ => p.Date(),
        };
        return style.Shape switch
        {
            0 => [style.Bullet + teaser],
            1 => [(style.Indic ? DressingRandom.ToArabicIndic(n.ToString(System.Globalization.CultureInfo.InvariantCulture)) : n.ToString(System.Globalization.CultureInfo.InvariantCulture)) + style.Mark + teaser],
            2 => [teaser + style.Beside + side],
            3 => [side + style.Beside + teaser],
            4 => style.Stacked ? [other + style.Beside + Ink.Ago(r, p.Region), teaser] : [other, teaser, Ink.Ago(r, p.Region)],
            _ => [style.Stacked ? teaser + " (" + other + ")" : teaser + style.Beside + other],
        };
    }

    private sealed record Style(int Shape, int Side, string Bullet, string Mark, string Beside, bool Indic, bool Stacked)
    {
        public static Style Draw(Page p) => new(p.R.Next(6), p.R.Next(3), p.Pick("", "• ", "- ", "· ", "◂ ", "» ", "▪ "),
            p.Pick(". ", "- ", ") ", " - ", "۔ ", "|", " | "), p.Pick(" | ", " · ", " — ", " - ", "|", "۔ ", "\t"), !p.Region.IsMaghreb() && p.R.Chance(0.35), p.R.Chance(0.5));
    }
}

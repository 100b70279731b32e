namespace BlazorReader.Bench.Cleaning.Fifteenth;

// Pieces every copy path can carry whatever the page it came from: a dateline with the agency
// glued to the lead, a paragraph printed twice, the picture's credit, a block of other stories
// and the closing signature. Written with the path's own marks, never as fixed strings.
internal static class CommonPieces
{
    public static void Dateline(PageDraft page, DressingRandom r)
    {
        var city = r.Pick(DressingPools.Cities);
        var agency = r.Chance(0.6) ? r.Pick(DressingPools.Agencies) : null;
        var line = agency is null ? city + r.Pick(" -", " –", ":", " ـ") : $"{city}{r.Separator("-", "–", "ـ")}{(r.Chance(0.4) ? $"({agency})" : agency)}{r.Pick(":", "", " -")}";
        if (r.Chance(0.7))
        {
            page.Glue(NoiseKind.Dateline, line, onFirst: true);
        }
        else
        {
            page.Add(Zone.Top, NoiseKind.Dateline, [line.TrimEnd(':', '-', ' ') + r.Pick("", " | " + PageWords.ArabicDate(r, PageWords.Day(r, page.Article.PublishedAt)))]);
        }
    }

    // A paragraph the page shows twice: the lead again as a standfirst, or a paragraph doubled.
    public static void Repeat(PageDraft page, DressingRandom r)
    {
        var lines = page.SourceLines;
        if (lines.Count < 2)
        {
            return;
        }
        var which = r.Chance(0.6) ? 0 : r.Between(1, lines.Count - 1);
        var text = lines[which];
        if (which == 0)
        {
            page.Add(Zone.Top, NoiseKind.Repeat, [text]);
        }
        else
        {
            page.AddAfterBody(page.ItemOf(which), NoiseKind.Repeat, [text]);
        }
    }

    public static void Teasers(PageDraft page, DressingRandom r, OtherStories others)
    {
        var list = others.Some(r, r.Between(2, 4));
        if (list.Count == 0)
        {
            return;
        }
        var head = r.Pick("أخبار ذات صلة", "قد يهمك أيضاً", "الأكثر قراءة", "المزيد من الأخبار", "Related / ذات صلة");
        var mark = r.Pick("", "- ", "• ", "▪ ", "» ");
        page.Add(r.Chance(0.7) ? Zone.Tail : Zone.Footer, NoiseKind.Teaser, [head, .. list.Select(t => mark + t)], list);
    }

    public static void Credit(PageDraft page, DressingRandom r)
    {
        var name = r.Chance(0.6) ? PageWords.Person(r) : r.Pick(DressingPools.LatinAgencies);
        var line = r.Pick($"تصوير: {name}", $"(الصورة: {name})", $"© {name}", $"الصورة من {name}");
        page.AddBetween(r, NoiseKind.Credit, [line], credit: name);
    }

    public static void Signature(PageDraft page, DressingRandom r)
    {
        var name = PageWords.Person(r);
        page.Add(Zone.Tail, NoiseKind.Signature, [r.Pick($"— {name}", $"{name}\n{r.Pick("محرر الأخبار", "مراسل الموقع", "قسم الأخبار المحلية")}", $"تحرير: {name}", $"إعداد: {name} | مراجعة: {PageWords.Person(r)}")]);
    }
}

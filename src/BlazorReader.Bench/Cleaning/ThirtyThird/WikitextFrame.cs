namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// A MediaWiki source page: an infobox of the story's facts, the story in plain wikitext (a
// bold lead, headings and links whose shown text is a whole story line), references that
// name the paper glued behind paragraphs, then references, see-also, stub and categories.
internal sealed class WikitextFrame : Frame
{
    public override void Head(Page p, Story s)
    {
        var r = p.R;
        p.Raw(r.Pick("{{معلومات خبر", "{{صندوق معلومات خبر", "{{Infobox news event"));
        var rows = new List<Action>
        {
            () => p.Chrome(NoiseKind.Dateline, $"| التاريخ{r.Pick(" = ", "=")}{s.Day()}"),
            () => p.Chrome(NoiseKind.Credit, [$"| المصدر{r.Pick(" = ", "=")}{s.Paper}"], credit: s.Paper),
            () => p.Chrome(NoiseKind.Byline, $"| الكاتب{r.Pick(" = ", "=")}{s.Author}"),
            () => p.Chrome(NoiseKind.Dateline, $"| المكان{r.Pick(" = ", "=")}[[{s.City}]]"),
        };
        if (s.Title is not null)
        {
            rows.Add(() => p.Chrome(NoiseKind.Headline, $"| العنوان{r.Pick(" = ", "=")}{s.Title}"));
        }
        foreach (var row in rows.OrderBy(_ => r.Next(50)).Take(r.Between(2, rows.Count)))
        {
            row();
        }
        p.Raw("}}");
        if (r.Chance(0.3))
        {
            p.Raw("__NOTOC__");
        }
    }

    public override void Paragraph(Page p, Story s, string text, int index, int count)
    {
        var r = p.R;
        if (index == 0 && r.Chance(0.35))
        {
            p.Para(text, "'''", "'''");
        }
        else if (text.Length < 45 && !text.EndsWith('.'))
        {
            p.Para(text, r.Pick("== ", "==", "=== "), r.Pick(" ==", "==", " ==="));
        }
        else if (text.Length < 70 && r.Chance(0.4))
        {
            p.Para(text, $"[[{r.Pick("خلفية الخبر", s.City, "أحداث " + s.Date.Year)}|", "]]");
        }
        else
        {
            p.Para(text);
        }
        if (r.Chance(0.25))
        {
            var cite = $"<ref>{{{{استشهاد بخبر |عنوان={s.Title ?? "خبر"} |ناشر={s.Paper} |تاريخ={s.Day()}{r.Pick("", " |تاريخ الوصول=" + s.Day(s.Date.AddDays(3)))}}}}}</ref>";
            p.GlueLast(NoiseKind.Credit, r.Chance(0.3) ? $"<ref name=\"{s.Slug()}{r.Number(index + 1)}\" />" : cite, s.Paper);
        }
    }

    public override void Between(Page p, Story s, int index)
    {
        var r = p.R;
        if (r.Chance(0.1))
        {
            var caption = TailChrome.Caption(s, r);
            p.Chrome(NoiseKind.Caption, $"[[ملف:{s.Slug()}-{r.Between(1, 99)}.jpg|{r.Pick("تصغير", "thumb", "يسار|تصغير")}|{string.Join(" ", caption)}]]");
        }
    }

    public override void Tail(Page p, Story s)
    {
        var r = p.R;
        p.Gap(0.8);
        p.Chrome(NoiseKind.Footer, [r.Pick("== المراجع ==", "==المراجع==", "== مراجع =="), r.Pick("{{مراجع}}", "<references />", "{{ثبت المراجع}}")]);
        if (r.Chance(0.5))
        {
            var others = s.Others(r.Between(2, 3));
            p.Chrome(NoiseKind.Teaser, [r.Pick("== انظر أيضاً ==", "== انظر أيضا =="), .. others.Select(t => $"* [[{t}]]")], teasers: others);
        }
        if (r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Footer, r.Pick("{{بذرة}}", "{{بذرة أخبار}}", "{{بذرة السعودية}}", "{{شريط بوابات|السعودية|إعلام}}"));
        }
        var cats = new[] { "أخبار " + s.City, "أحداث " + s.Date.Year, "أخبار السعودية", "مقالات " + s.Paper }.OrderBy(_ => r.Next(9)).Take(r.Between(1, 3));
        p.Chrome(NoiseKind.Tags, [.. cats.Select(c => $"[[تصنيف:{c}]]")]);
    }
}

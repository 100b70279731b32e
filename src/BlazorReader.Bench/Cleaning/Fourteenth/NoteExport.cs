namespace BlazorReader.Bench.Cleaning.Fourteenth;

// A story clipped into a notes app and exported as Markdown: the clipper's front matter
// (title, source, author, dates, tags between fences), or a Notion page's heading and
// property lines, or a plain heading with inline tags; highlights quoted back as callouts
// (the story's own lines again, so Repeat), a «see also» list of wiki links to other
// stories, and a link back to the source. A note has no title field.
internal static class NoteExport
{
    public static void Dress(PageDraft page)
    {
        var r = page.R;
        page.KeepsTitle = false;
        var paper = r.Pick(DressingPools.Papers);
        var source = Outlets.Address(r);
        switch (r.Next(3))
        {
            case 0:
                FrontMatter(page, paper, source);
                break;
            case 1:
                page.Top(PageRun.Chrome(NoiseKind.Headline, "# " + page.Title));
                page.Head(
                    PageRun.Chrome(NoiseKind.Dateline, r.Chance(0.6) ? "Created: " + PageCalendar.English(page.Day, r) + " " + PageCalendar.EnglishTime(r) : "تاريخ الإنشاء: " + PageCalendar.Spoken(page.Day, r, 0) + " " + PageCalendar.Time(r, 0, true)),
                    PageRun.Credited(paper, LinkBreaks.Break("URL: " + source, source, r), r.Pick("Source: ", "المصدر: ") + paper),
                    PageRun.Chrome(NoiseKind.Tags, r.Pick("Tags: ", "الوسوم: ") + string.Join(", ", Tags(r))));
                break;
            default:
                page.Top(PageRun.Chrome(NoiseKind.Headline, r.Pick("# ", "## ", "") + page.Title));
                page.Foot(PageRun.Chrome(NoiseKind.Tags, string.Join(" ", Tags(r).Select(t => "#" + t.Replace(' ', '_')))));
                break;
        }
        if (r.Chance(0.35))
        {
            var lines = TextReferee.Lines(page.Article.Text);
            var quoted = lines[r.Next(lines.Count)];
            var run = PageRun.Chrome(NoiseKind.Repeat, r.Pick("> [!quote] مقتطف", "> [!note] تظليل", "## أبرز المقتطفات", "> **Highlight**"), "> " + quoted);
            if (r.Chance(0.5))
            {
                page.Head(run);
            }
            else
            {
                page.Foot(run);
            }
        }
        var related = page.Others.Titles(r, r.Between(1, 3));
        if (related.Count > 0 && r.Chance(0.55))
        {
            var lines = new List<string> { r.Pick("## روابط ذات صلة", "## انظر أيضًا", "### مواضيع مرتبطة", "Related:") };
            lines.AddRange(related.Select(t => r.Pick("- [[", "* [[", "[[") + t + r.Pick("]]", "|مقال]]", "]]")));
            page.Foot(PageRun.Naming(NoiseKind.ReadAlso, lines, related));
        }
        if (r.Chance(0.4))
        {
            var link = r.Pick("[اقرأ الخبر في مصدره](", "[المصدر الأصلي](", "[Read original](") + source + ")";
            page.Foot(PageRun.Chrome(NoiseKind.MoreLink, LinkBreaks.Break(link, source, r)));
        }
    }

    private static void FrontMatter(PageDraft page, string paper, string source)
    {
        var r = page.R;
        var quote = r.Pick("\"", "'", "");
        page.Top(PageRun.Chrome(NoiseKind.Headline, "---", "title: " + quote + page.Title + quote));
        var credit = new List<string> { LinkBreaks.Break("source: " + quote + source + quote, source, r) };
        if (r.Chance(0.6))
        {
            credit.Add(r.Pick("site: ", "publisher: ") + quote + paper + quote);
        }
        page.Head(PageRun.Credited(paper, [.. credit]));
        if (r.Chance(0.5))
        {
            page.Head(PageRun.Chrome(NoiseKind.Byline, "author:", "  - \"[[" + DressingPools.PersonName(r) + "]]\""));
        }
        var stamp = page.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        page.Head(PageRun.Chrome(NoiseKind.Dateline, r.Chance(0.5) ? ["published: " + stamp, "created: " + stamp] : ["created: " + stamp + "T" + PageCalendar.Time(r, 0, false)]));
        var tags = Tags(r);
        page.Head(PageRun.Chrome(NoiseKind.Tags, r.Chance(0.5)
            ? ["tags:", .. tags.Select(t => "  - " + t), "---"]
            : ["tags: [" + string.Join(", ", tags) + "]", "---"]));
    }

    private static List<string> Tags(DressingRandom r) =>
        Several.Of(r, 0.4, "clippings", "أخبار", "محليات", "اقتصاد", "للقراءة لاحقًا", "السعودية", "متابعة");
}

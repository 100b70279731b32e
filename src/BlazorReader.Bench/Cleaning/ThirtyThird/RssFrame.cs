using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// A raw RSS file: the XML declaration, the channel's own title and link, the story's item
// (title, link, pubDate, creator, categories, guid) with the story inside CDATA as HTML
// paragraphs, and the channel's other items (other stories). Element names are markup.
internal sealed class RssFrame : Frame
{
    private DressingRandom r = new(0);
    private string site = "";
    private bool html;

    protected override Func<string, string>? Wrap => html ? l => "<p>" + l + "</p>" : null;

    private static string PubDate(DateTime d) => d.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +0300";

    public override void Head(Page p, Story s)
    {
        r = p.R;
        site = "https://" + s.Slug() + r.Pick(".com", ".net", ".sa");
        html = r.Chance(0.6);
        p.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", r.Pick("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">", "<rss version=\"2.0\">"), "<channel>");
        p.Chrome(NoiseKind.Footer, [$"<title>{s.Paper}{r.Pick(" - آخر الأخبار", " | محليات", "")}</title>", $"<link>{site}/</link>", $"<description>{r.Pick("آخر الأخبار من ", "تغذية أخبار ")}{s.Paper}</description>"]);
        p.Raw("<language>ar</language>");
        if (r.Chance(0.4))
        {
            Other(p, s);
        }
        p.Raw("<item>");
        var fields = new List<Action>
        {
            () => p.Chrome(NoiseKind.Footer, $"<link>{site}/news/{r.Between(1000, 99999)}</link>"),
            () => p.Chrome(NoiseKind.Dateline, $"<pubDate>{PubDate(s.Date)}</pubDate>"),
            () => p.Chrome(NoiseKind.Tags, [.. new[] { "محليات", "اقتصاد", s.City, "أخبار" }.Take(r.Between(1, 3)).Select(c => $"<category><![CDATA[{c}]]></category>")]),
            () => p.Chrome(NoiseKind.Footer, $"<guid isPermaLink=\"false\">{site}/?p={r.Between(1000, 99999)}</guid>"),
        };
        if (s.Title is not null)
        {
            fields.Insert(0, () => p.Chrome(NoiseKind.Headline, $"<title>{r.Pick(s.Title, "<![CDATA[" + s.Title + "]]>")}</title>"));
        }
        if (r.Chance(0.6))
        {
            fields.Add(() => p.Chrome(NoiseKind.Byline, $"<dc:creator>{r.Pick(s.Author, "<![CDATA[" + s.Author + "]]>")}</dc:creator>"));
        }
        foreach (var field in fields.Take(1).Concat(fields.Skip(1).OrderBy(_ => r.Next(9))))
        {
            field();
        }
        p.Raw(r.Pick("<description><![CDATA[", "<content:encoded><![CDATA["));
    }

    public override void Paragraph(Page p, Story s, string text, int index, int count)
    {
        if (html)
        {
            p.Para(text, r.Pick("<p>", "<p dir=\"rtl\">"), "</p>");
        }
        else
        {
            p.Para(text, "", r.Pick("", "<br />", "<br>"));
        }
    }

    public override void Tail(Page p, Story s)
    {
        p.Raw(r.Pick("]]></description>", "]]></content:encoded>"), "</item>");
        if (r.Chance(0.6))
        {
            Other(p, s);
        }
        p.Raw("</channel>", "</rss>");
    }

    // Another item of the channel: its title (and sometimes its lead) are another story.
    private void Other(Page p, Story s)
    {
        var title = s.Others(1);
        if (title.Count == 0)
        {
            return;
        }
        p.Raw("<item>");
        p.Chrome(NoiseKind.Teaser, [$"<title>{title[0]}</title>"], teasers: title);
        p.Chrome(NoiseKind.Footer, $"<link>{site}/news/{r.Between(1000, 99999)}</link>");
        p.Chrome(NoiseKind.Dateline, $"<pubDate>{PubDate(s.Date.AddMinutes(-r.Between(5, 600)))}</pubDate>");
        var lead = r.Chance(0.5) ? s.Others(1, leads: true) : [];
        if (lead.Count > 0)
        {
            p.Chrome(NoiseKind.Teaser, [$"<description><![CDATA[{lead[0]}]]></description>"], teasers: lead);
        }
        p.Raw("</item>");
    }
}

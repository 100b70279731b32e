namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// A DocBook XML article: an «<info>» head with title, author and day, each story line in
// «<para>», a source in «<ulink>» or a «<footnote>», related stories in an itemized list.
internal sealed class DocBookFrame : Frame
{
    public override bool Fits(Story s) => !s.Own.Any(p => p.Contains('<', StringComparison.Ordinal) || p.Contains('&', StringComparison.Ordinal));

    public override bool MarkupPosts => true;

    public override string Wrap(string line) => "<para>" + line + "</para>";

    public override void Head(PageWriter w, Story s)
    {
        var r = w.R;
        w.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        w.Raw(r.Pick("<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\" xml:lang=\"ar\">", "<article lang=\"ar\">", "<article id=\"news-" + r.Between(100, 99999) + "\">"));
        w.Raw("<info>");
        w.Chrome(NoiseKind.Headline, l => "<title>" + l + "</title>", [r.Chance(0.7) ? s.HeadTitle : HeadWordings.Headline(r, s)]);
        if (r.Chance(0.8))
        {
            var split = s.Person.Split(' ', 2);
            w.Chrome(NoiseKind.Byline, l => l, [r.Chance(0.5) ? "<author><personname>" + s.Person + "</personname></author>"
                : "<author><personname><firstname>" + split[0] + "</firstname><surname>" + split[^1] + "</surname></personname></author>"]);
        }
        w.Chrome(NoiseKind.Dateline, l => "<pubdate>" + l + "</pubdate>", [r.Chance(0.5) ? s.Iso() : DateWords.Any(r, s.When)]);
        if (r.Chance(0.4))
        {
            w.Chrome(NoiseKind.Tags, l => "<keywordset><keyword>" + l + "</keyword></keywordset>", [TailWordings.Tags(r, s).TrimStart('#')]);
        }
        w.Raw("</info>");
        if (r.Chance(0.4))
        {
            w.Raw("<section><title>" + r.Pick("الخبر", "النص", "Article") + "</title>");
        }
    }

    public override void Tail(PageWriter w, Story s)
    {
        var r = w.R;
        var credit = HeadWordings.Credit(r, s, out var source);
        if (r.Chance(0.5))
        {
            w.Chrome(NoiseKind.Credit, l => "<para>" + l + "</para>", ["<ulink url=\"https://" + r.Pick("www.spa.gov.sa", "news.example.sa", "ar.reuters.com") + "/" + r.Between(1000, 999999) + "\">" + credit + "</ulink>"], credit: source);
        }
        else
        {
            w.Chrome(NoiseKind.Credit, l => "<footnote><para>" + l + "</para></footnote>", [credit], credit: source);
        }
        if (r.Chance(0.5) && s.Teasers(r, r.Between(2, 3)) is { Count: > 0 } titles)
        {
            w.Raw("<itemizedlist>");
            w.Chrome(NoiseKind.ReadAlso, l => "<listitem><para>" + l + "</para></listitem>", titles, titles);
            w.Raw("</itemizedlist>");
        }
        CommonTail(w, s, Wrap, r.Between(0, 2));
        if (r.Chance(0.5))
        {
            w.Chrome(NoiseKind.Footer, l => "<legalnotice><para>" + l + "</para></legalnotice>", [TailWordings.Footer(r, s)]);
        }
        w.Raw("</article>");
    }
}

namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// A reStructuredText source: the title over its «=====» rule, field list, «.. contents::»,
// an image with its caption, a note holding «اقرأ أيضاً», a story line now and then as the
// shown text of a link, and «.. [#]» footnotes naming the source.
internal sealed class RestFrame : Frame
{
    private DressingRandom? dice;

    // Now and then a story line is a link's shown text: the words stay the story's.
    public override string Wrap(string line) => dice is { } r && r.Chance(0.12) ? "`" + line + " <https://www." + r.Pick("spa.gov.sa", "moh.gov.sa", "example.sa") + "/" + r.Between(1000, 99999) + ">`_" : line;

    public override void Head(PageWriter w, Story s)
    {
        var r = dice = w.R;
        var rule = new string(r.Pick('=', '#', '*'), Math.Min(s.HeadTitle.Length + r.Between(0, 6), 90));
        if (r.Chance(0.4))
        {
            w.Raw(rule);
        }
        w.Chrome(NoiseKind.Headline, s.HeadTitle);
        w.Raw(rule);
        w.Chrome(NoiseKind.Byline, ":" + r.Pick("Author", "المؤلف", "الكاتب") + ": " + s.Person);
        w.Chrome(NoiseKind.Dateline, ":" + r.Pick("Date", "التاريخ") + ": " + (r.Chance(0.5) ? s.Iso() : DateWords.Any(r, s.When)));
        if (r.Chance(0.5))
        {
            w.Raw(".. contents::" + r.Pick("", " المحتويات", "\n   :local:"));
        }
        if (r.Chance(0.5))
        {
            w.Raw(".. image:: /media/" + s.Iso("yyyy/MM") + "/" + r.Letters(8, "abcdef0123456789") + ".jpg");
            w.Chrome(NoiseKind.Caption, l => "   :alt: " + l, [TailWordings.Caption(r, s)]);
        }
    }

    public override void Gap(PageWriter w, Story s, int index)
    {
        var r = w.R;
        if (r.Chance(0.12) && s.Teaser(r) is { } title)
        {
            w.Raw(r.Pick(".. note::", ".. seealso::", ".. tip::"));
            w.Chrome(NoiseKind.ReadAlso, l => "   " + l, [r.Pick("اقرأ أيضاً: ", "ذات صلة: ") + title], [title]);
            return;
        }
        base.Gap(w, s, index);
    }

    public override void Tail(PageWriter w, Story s)
    {
        var r = w.R;
        var credit = HeadWordings.Credit(r, s, out var source);
        w.Raw(r.Pick(".. rubric:: الحواشي", ".. rubric:: Footnotes", ""));
        w.Chrome(NoiseKind.Credit, l => ".. [#] " + l, [credit], credit: source);
        if (r.Chance(0.5))
        {
            w.Chrome(NoiseKind.Tags, l => ":tags: " + l, [TailWordings.Tags(r, s)]);
        }
        CommonTail(w, s, l => l, r.Between(0, 2));
    }
}

// A DokuWiki or Textile page source: the title in «======» or «h1.», «~~NOTOC~~», a byline in
// italics, story lines (Textile: «p(rtl). »), captions as «bq.», links to other stories in
// the markup's own link forms, «{{tag>…}}» tags.
internal sealed class WikiTextFrame : Frame
{
    private bool textile;

    public override string Wrap(string line) => textile ? "p(rtl). " + line : line;

    public override void Head(PageWriter w, Story s)
    {
        var r = w.R;
        textile = r.Chance(0.5);
        if (textile)
        {
            w.Chrome(NoiseKind.Headline, l => "h1" + r.Pick(". ", "(rtl). ") + l, [s.HeadTitle]);
            w.Chrome(NoiseKind.Byline, l => "p(byline). _" + l + "_", [HeadWordings.Byline(r, s)]);
            return;
        }
        w.Chrome(NoiseKind.Headline, l => "====== " + l + " ======", [s.HeadTitle]);
        if (r.Chance(0.5))
        {
            w.Raw("~~NOTOC~~");
        }
        w.Chrome(NoiseKind.Byline, l => "//" + l + "//", [HeadWordings.Byline(r, s)]);
    }

    public override void Gap(PageWriter w, Story s, int index)
    {
        var r = w.R;
        if (textile && r.Chance(0.12))
        {
            w.Chrome(NoiseKind.Caption, l => "bq. " + l, [TailWordings.Caption(r, s)]);
            return;
        }
        base.Gap(w, s, index);
    }

    public override void Tail(PageWriter w, Story s)
    {
        var r = w.R;
        var titles = s.Teasers(r, r.Between(1, 3));
        if (titles.Count > 0)
        {
            var address = () => "https://www." + r.Pick("alriyadh.com", "sabq.org", "okaz.com.sa") + "/" + r.Between(100000, 999999);
            w.Chrome(NoiseKind.ReadAlso, l => l, [textile ? "h3. اقرأ أيضاً" : "===== اقرأ أيضاً =====",
                .. titles.Select(t => textile ? "* \"" + t + "\":" + address() : "  * [[" + address() + "|" + t + "]]")], titles);
        }
        CommonTail(w, s, l => l, r.Between(0, 2));
        var tags = TailWordings.Tags(r, s).Replace("#", "", StringComparison.Ordinal);
        w.Chrome(NoiseKind.Tags, textile ? "Tags: " + tags : "{{tag>" + tags.Replace("،", "", StringComparison.Ordinal) + "}}");
    }
}

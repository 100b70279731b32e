namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// A Facebook Instant Articles document: header with h1, the op-published time and a cover
// figure, <p> paragraphs, an <aside> pull quote repeating a story sentence, social embeds in
// «op-social» figures, the tracker figure and the small footer.
internal sealed class InstantArticle : Frame
{
    private string? quote;

    public override bool OwnPosts => true;

    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        p.Line("<!doctype html>");
        p.Line("<html lang=\"ar\" prefix=\"op: http://media.facebook.com/op#\"><head><meta charset=\"utf-8\"><meta property=\"op:markup_version\" content=\"v1.0\"></head>");
        p.Line("<body><article>");
        p.Line("<header>");
        p.Chrome(headline, l => "<h1>" + l + "</h1>");
        p.Chrome(p.Piece(NoiseKind.Dateline, Dates.Any(r, p.When)), l => "<time class=\"op-published\" datetime=\"" + p.IsoStamp("yyyy-MM-ddTHH:mm") + "+03:00\">" + l + "</time>");
        if (r.Chance(0.5) && more.All(m => m.Kind != NoiseKind.Byline))
        {
            p.Chrome(HeadChrome.Byline(p), l => "<address>" + l + "</address>");
        }
        Pieces(p, more);
        p.Line("</header>");
    }

    public override string Wrap(string line) => "<p>" + line + "</p>";

    public override string Para(Page p, string prefix, string text, string suffix, int index)
    {
        // A sentence of an earlier paragraph comes back as a pull quote after the next one.
        var line = "<p>" + prefix + text + suffix + "</p>";
        if (quote is not null)
        {
            line += "\n<aside>" + quote + "</aside>";
            p.Noise.Add(new NoisePiece(NoiseKind.Repeat, [quote]));
            quote = null;
        }
        else if (index > 0 && p.R.Chance(0.2) && p.Noise.All(n => n.Kind != NoiseKind.Repeat))
        {
            var end = text.IndexOfAny(['.', '،']);
            quote = end > 30 ? text[..end] : text.Length <= 160 ? text : null;
        }
        return line;
    }

    public override void Post(Page p, PostDraft d)
    {
        var r = p.R;
        p.Line("<figure class=\"op-social\"><iframe>");
        p.Line("<blockquote class=\"twitter-tweet\" data-lang=\"ar\">");
        foreach (var line in d.TextLines)
        {
            p.Line("<p lang=\"" + (line.Any(c => c is >= '\u0600' and <= '\u06FF') ? "ar\" dir=\"rtl" : "en\" dir=\"ltr") + "\">" + line + "</p>");
        }
        var address = d.Url.Contains("/status", StringComparison.Ordinal) ? d.Url + "?ref_src=twsrc%5Etfw" : d.Shown;
        var parts = d.Cut(address, r);
        parts[0] = "— " + d.Name + " @" + d.Handle + " <a href=\"" + parts[0];
        parts[^1] += "\">" + (d.HasDate ? d.DateText : r.Pick("link", "الرابط")) + "</a>";
        parts.ForEach(p.Line);
        p.Line("</blockquote>");
        p.Line("</iframe></figure>");
    }

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        var r = p.R;
        Pieces(p, tail.Where(t => t.Kind != NoiseKind.Footer));
        p.Line("<figure class=\"op-tracker\"><iframe><script>");
        p.Line("(function(){var ga=document.createElement('script');ga.src='https://www.google-analytics.com/analytics.js';})();");
        p.Line("</script></iframe></figure>");
        p.Chrome(p.Piece(NoiseKind.Footer, r.Pick("© ", "حقوق النشر © ") + p.Year + " " + p.Paper + r.Pick("", " — جميع الحقوق محفوظة")), l => "<footer><small>" + l + "</small></footer>");
        p.Line("</article></body></html>");
    }
}

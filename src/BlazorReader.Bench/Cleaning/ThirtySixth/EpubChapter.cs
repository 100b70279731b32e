namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// An EPUB chapter's XHTML source (a collection of the week's stories): the head, the
// collection's table of contents listing other stories, the chapter section with its title
// and «<p class="indent">» lines, note references and a footnote naming the source.
internal sealed class EpubChapter : Frame
{
    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        p.Line("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        p.Line("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"ar\" dir=\"rtl\">");
        p.Line("<head><title>" + r.Pick("الفصل ", "Chapter ") + r.Between(2, 14) + "</title><link rel=\"stylesheet\" type=\"text/css\" href=\"../Styles/style.css\"/></head>");
        p.Line("<body>");
        var toc = r.Chance(0.5) ? TailChrome.Teasers(p) : null;
        if (toc is not null)
        {
            p.Line("<nav epub:type=\"toc\" id=\"toc\"><ol>");
            p.Chrome(new NoisePiece(NoiseKind.Teaser, toc.Teasers) { Teasers = toc.Teasers }, l => "<li><a href=\"ch" + r.Between(10, 40) + ".xhtml\">" + l + "</a></li>");
            p.Line("</ol></nav>");
        }
        p.Line("<section epub:type=\"chapter\" id=\"ch" + r.Between(1, 9) + "\">");
        p.Chrome(headline, l => "<h1 class=\"chapter-title\">" + l + "</h1>");
        Pieces(p, more);
    }

    public override string Wrap(string line) => "<p class=\"" + "caption" + "\">" + line + "</p>";

    public override string Para(Page p, string prefix, string text, string suffix, int index)
    {
        var note = p.R.Chance(0.08) ? "<a epub:type=\"noteref\" href=\"#fn" + (index + 1) + "\">" + (index + 1) + "</a>" : "";
        return "<p class=\"" + (index == 0 ? "noindent" : "indent") + "\">" + prefix + text + suffix + note + "</p>";
    }

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        var r = p.R;
        var credit = tail.FirstOrDefault(t => t.Kind == NoiseKind.Credit) ?? HeadChrome.Credit(p);
        Pieces(p, tail.Where(t => t != credit));
        p.Chrome(credit, l => "<aside epub:type=\"footnote\" id=\"fn1\"><p>" + l + "</p></aside>");
        p.Line("</section>");
        p.Line("</body>");
        p.Line("</html>");
    }
}

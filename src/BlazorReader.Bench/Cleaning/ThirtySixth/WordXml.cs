namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// A word-processor file's raw XML: Office Open XML «<w:p>» paragraphs with bidi and rtl runs
// (a glued dateline or more-link in a run of its own, proofing marks and bookmarks between
// runs, footnote references), or OpenDocument «<text:p>» and «<text:h>».
internal sealed class WordXml : Frame
{
    private bool odf;

    public override bool OwnPosts => true;

    private static string Run(string text, string props = "") =>
        "<w:r><w:rPr>" + props + "<w:rtl/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";

    private string Block(string style, string text) => odf
        ? "<text:p text:style-name=\"" + style + "\">" + text + "</text:p>"
        : "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/><w:bidi/></w:pPr>" + Run(text) + "</w:p>";

    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        odf = r.Chance(0.35);
        p.Line("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        if (odf)
        {
            p.Line("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">");
            p.Line("<office:body><office:text>");
            p.Chrome(headline, l => "<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">" + l + "</text:h>");
        }
        else
        {
            p.Line("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
            p.Line("<w:body>");
            p.Chrome(headline, l => "<w:p><w:pPr><w:pStyle w:val=\"Title\"/><w:bidi/><w:jc w:val=\"right\"/></w:pPr>" + Run(l, "<w:b/>") + "</w:p>");
        }
        Pieces(p, more);
    }

    public override string Wrap(string line) => Block(odf ? "P7" : "Caption", line);

    public override string Para(Page p, string prefix, string text, string suffix, int index)
    {
        var r = p.R;
        if (odf)
        {
            var span = (string s) => s.Length == 0 ? "" : "<text:span text:style-name=\"T" + r.Between(1, 4) + "\">" + s + "</text:span>";
            return "<text:p text:style-name=\"P" + r.Between(1, 3) + "\">" + span(prefix) + text + span(suffix) + "</text:p>";
        }
        var before = r.Pick("", "", "<w:proofErr w:type=\"spellStart\"/>", "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>");
        var note = r.Chance(0.1) ? "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"" + r.Between(1, 4) + "\"/></w:r>" : "";
        return "<w:p w:rsidR=\"00" + r.Letters(6, "0123456789ABCDEF") + "\"><w:pPr><w:bidi/><w:jc w:val=\"both\"/></w:pPr>" + before
            + (prefix.Length > 0 ? Run(prefix, "<w:b/>") : "") + Run(text) + (suffix.Length > 0 ? Run(suffix, "<w:color w:val=\"0000FF\"/>") : "") + note + "</w:p>";
    }

    // A post pasted into the document: its lines as paragraphs, the address in a hyperlink run.
    public override void Post(Page p, PostDraft d)
    {
        var r = p.R;
        p.Line(Block(odf ? "Quote" : "IntenseQuote", d.Name + " @" + d.Handle));
        foreach (var line in d.TextLines)
        {
            p.Line(Block(odf ? "Quote" : "IntenseQuote", line));
        }
        var open = odf ? "<text:p><text:a xlink:type=\"simple\" xlink:href=\"" + d.Url + "\">" : "<w:p><w:hyperlink r:id=\"rId" + r.Between(5, 30) + "\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t>";
        var close = odf ? "</text:a></text:p>" : "</w:t></w:r></w:hyperlink></w:p>";
        var parts = d.Cut(d.Shown, r);
        parts[0] = open + parts[0];
        parts[^1] += close;
        parts.ForEach(p.Line);
        if (d.HasDate)
        {
            p.Line(Block(odf ? "Quote" : "IntenseQuote", d.DateText));
        }
    }

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        Pieces(p, tail);
        if (odf)
        {
            p.Line("</office:text></office:body></office:document-content>");
            return;
        }
        p.Line("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:bidi/></w:sectPr>");
        p.Line("</w:body></w:document>");
    }
}

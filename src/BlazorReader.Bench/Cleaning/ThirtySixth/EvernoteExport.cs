namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// An Evernote ENEX export of a clipped story: the export envelope, the note's title, ENML
// «<div>» lines inside CDATA, created/updated stamps, tags, the source address, and
// sometimes a second clipped note (another story) in the same file.
internal sealed class EvernoteExport : Frame
{
    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        p.Line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        p.Line("<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export3.dtd\">");
        p.Line("<en-export export-date=\"" + p.When.AddDays(r.Between(1, 20)).ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture) + "\" application=\"Evernote" + r.Pick("/Windows", "", " Web") + "\" version=\"" + r.Pick("6.1", "Evernote Mac 6.0.16", "5.8") + "\">");
        p.Chrome(p.Piece(NoiseKind.Headline, p.Title), l => "<note><title>" + l + "</title><content>");
        p.Line("<![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>");
        p.Line("<!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\">");
        p.Chrome(headline, l => "<en-note><div><b>" + l + "</b></div>");
        Pieces(p, more);
    }

    public override string Wrap(string line) => "<div>" + line + "</div>";

    public override string Para(Page p, string prefix, string text, string suffix, int index) =>
        (p.R.Chance(0.3) ? "<div><br/></div>" : "") + "<div" + p.R.Pick("", " style=\"direction: rtl;\"", " dir=\"rtl\"") + ">" + prefix + text + suffix + "</div>";

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        var r = p.R;
        var other = tail.FirstOrDefault(t => t.Kind == NoiseKind.Teaser);
        Pieces(p, tail.Where(t => t != other));
        p.Line("</en-note>]]></content>");
        p.Line("<created>" + p.IsoStamp("yyyyMMdd'T'HHmmss") + "Z</created>");
        if (r.Chance(0.5))
        {
            p.Line("<updated>" + p.When.AddMinutes(r.Between(5, 600)).ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "Z</updated>");
        }
        var tags = new[] { "أخبار", p.City, r.Pick("مقالات محفوظة", "للقراءة لاحقاً", "أرشيف"), p.Paper }.Take(r.Between(1, 3)).ToArray();
        p.Chrome(p.Piece(NoiseKind.Tags, tags), l => "<tag>" + l + "</tag>");
        p.Line("<note-attributes><source>web.clip</source><source-url>https://www." + r.Pick("alriyadh.com", "okaz.com.sa", "sabq.org", "alyaum.com") + "/" + r.Between(100000, 999999) + "</source-url></note-attributes>");
        p.Line("</note>");
        if (other is not null)
        {
            // A second clipped note in the same file: another story's title.
            var story = other.Teasers[0];
            p.Noise.Add(new NoisePiece(NoiseKind.Teaser, [story]) { Teasers = [story] });
            p.Line("<note><title>" + story + "</title>");
            p.Line("<content><![CDATA[<en-note><div><br/></div></en-note>]]></content>");
            p.Line("<created>" + p.When.AddDays(-r.Between(1, 9)).ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "Z</created></note>");
        }
        p.Line("</en-export>");
    }
}

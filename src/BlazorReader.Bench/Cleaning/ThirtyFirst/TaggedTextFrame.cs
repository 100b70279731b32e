namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// A desktop-publishing tagged-text export: a header of encoding and style definitions, each
// paragraph led by its style tag (InDesign-like «<ParaStyle:…>» or Ventura-like «@…:»),
// tag-only lines where the layout broke the flow.
internal sealed class TaggedTextFrame(DressingRandom r) : IFrame
{
    private readonly bool angle = r.Chance(0.6);
    private readonly string mark = r.Pick(":", " = ");
    private readonly string body = r.Pick("نص أساسي", "متن", "Body");

    private string Tag(string style) => angle ? "<ParaStyle:" + style + ">" : "@" + style + mark;

    public void Head(Page p, Story s)
    {
        if (angle)
        {
            p.Raw(r.Pick("<UNICODE-WIN>", "<UNICODE-MAC>", "<UTF-8>"));
            p.Raw("<Version:" + r.Pick("7.5", "8", "11.2") + "><FeatureSet:" + r.Pick("InDesign-ME", "InDesign-Roman") + r.Pick("><ColorTable:=<Black:COLOR:CMYK:Process:0,0,0,1>>", ">"));
            p.Raw("<DefineParaStyle:" + r.Pick("نص أساسي", "متن") + "=<Nextstyle:" + r.Pick("نص أساسي", "متن") + "><pParagraphDirection:RightToLeft>>");
        }
        if (s.Title is not null && r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Headline, Tag(r.Pick("عنوان رئيسي", "عنوان", "Headline")) + s.Title);
        }
    }

    public string Prefix(Page p, int line) => Tag(line == 0 && r.Chance(0.5) ? r.Pick("مقدمة", "نص أساسي أول") : r.Chance(0.9) ? body : r.Pick("نص أساسي", "متن", "Body"));

    public void Between(Page p, Story s, int paragraph)
    {
        if (r.Chance(0.12))
        {
            p.Raw(angle ? r.Pick("<ParaStyle:فاصل>", "<cNextXChars:Column>", "<ParaStyle:>") : r.Pick("@فاصل" + mark, "@Z_BLANK" + mark));
        }
    }

    public void Tail(Page p, Story s)
    {
        if (r.Chance(0.5))
        {
            p.Raw(angle ? "<ParaStyle:" + r.Pick("نهاية", "توقيع") + ">" : "@END:");
        }
    }
}

namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// A man-page (troff) source someone set the story in: the .TH line, .SH sections, .PP before
// each paragraph, .B or .SS before a subheading, a lead in \fB…\fR; then author, see-also
// and copyright sections. Requests on lines of their own are markup, not labelled.
internal sealed class TroffFrame : Frame
{
    public override void Head(Page p, Story s)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Footer, ".\\\" " + r.Pick("صفحة أُنشئت آلياً من موقع ", "نسخة محلية من ", "مصدر: ") + s.Paper);
        }
        p.Chrome(NoiseKind.Footer, $".TH \"{s.Slug().ToUpperInvariant()}\" \"{r.Pick("7", "1", "5")}\" \"{s.Day()}\" \"{s.Paper}\" \"{r.Pick("أخبار محلية", "الأخبار", "News")}\"");
        p.Chrome(NoiseKind.Footer, r.Pick(".SH الاسم", ".SH NAME", ".SH \"الاسم\""));
        if (s.Title is not null)
        {
            p.Chrome(NoiseKind.Headline, s.Title + r.Pick(" \\- ", " \\(em ", " - ") + s.Paper);
        }
        p.Chrome(NoiseKind.Footer, r.Pick(".SH الوصف", ".SH DESCRIPTION", ".SH \"الوصف\""));
    }

    public override void Paragraph(Page p, Story s, string text, int index, int count)
    {
        var r = p.R;
        if (text.Length < 45 && !text.EndsWith('.'))
        {
            p.Para(text, r.Pick(".SS ", ".B ", ".SS \""), r.Pick("", "", "\""));
            return;
        }
        p.Raw(r.Pick(".PP", ".PP", ".P", ".LP"));
        if (index == 0 && r.Chance(0.4))
        {
            p.Para(text, "\\fB", "\\fR");
        }
        else if (r.Chance(0.1))
        {
            p.Para(text, ".I ");
        }
        else
        {
            p.Para(text);
        }
    }

    public override void Tail(Page p, Story s)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Byline, [r.Pick(".SH المؤلف", ".SH AUTHOR"), s.Author + r.Pick(" <", " (") + "desk@" + s.Slug() + ".com" + r.Pick(">", ")")]);
        }
        if (r.Chance(0.5))
        {
            var others = s.Others(r.Between(2, 3));
            p.Chrome(NoiseKind.Teaser, [r.Pick(".SH \"انظر أيضاً\"", ".SH SEE ALSO"), .. others.Select(t => ".BR \"" + t + "\" (7)")], teasers: others);
        }
        p.Chrome(NoiseKind.Footer, [r.Pick(".SH حقوق النشر", ".SH COPYRIGHT"), $"{r.Pick("حقوق النشر", "Copyright")} © {Story.Plain(r, s.Date.Year)} {s.Paper}."]);
    }
}

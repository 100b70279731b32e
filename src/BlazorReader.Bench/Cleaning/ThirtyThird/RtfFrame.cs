namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// An RTF file saved from a word processor: the header with its font table, each paragraph
// behind \pard\rtlpar and closed with \par, a bold lead in \b … \b0, the closing brace.
// Control words are markup (not labelled); chrome lines carry them too.
internal sealed class RtfFrame : Frame
{
    private string chromeOpen = "";

    protected override Func<string, string>? Wrap => l => chromeOpen + l + "\\par";

    public override void Head(Page p, Story s)
    {
        var r = p.R;
        chromeOpen = r.Pick("\\pard\\rtlpar\\qr\\f0\\fs18 ", "\\pard\\rtlpar\\i ", "\\pard\\qc\\fs20 ");
        var fonts = $"{{\\fonttbl{{\\f0\\fnil\\fcharset178 {r.Pick("Traditional Arabic", "Simplified Arabic", "Arial")};}}{{\\f1\\fswiss\\fcharset0 Calibri;}}}}";
        if (r.Chance(0.5))
        {
            p.Raw("{\\rtf1\\ansi\\ansicpg1256\\deff0\\nouicompat" + fonts);
        }
        else
        {
            p.Raw("{\\rtf1\\ansi\\ansicpg1256\\deff0", fonts, "{\\colortbl ;\\red0\\green0\\blue0;}");
        }
        p.Raw(r.Pick("\\viewkind4\\uc1", "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1"));
        if (s.Title is not null && r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Headline, [r.Pick(HeadChrome.Headline(s, r), s.Title)], l => "\\pard\\rtlpar\\qc\\b\\fs32 " + l + "\\b0\\par");
        }
    }

    public override void Paragraph(Page p, Story s, string text, int index, int count)
    {
        var r = p.R;
        var open = r.Pick("\\pard\\rtlpar\\qj\\f0\\fs28 ", "\\pard\\rtlpar ", "\\par ", "\\pard\\rtlpar\\sa200\\sl276\\slmult1 ");
        if (index == 0 && r.Chance(0.35) || text.Length < 45 && !text.EndsWith('.'))
        {
            p.Para(text, open + "\\b ", r.Pick("\\b0\\par", " \\b0\\par", "\\b0 \\par"));
        }
        else
        {
            p.Para(text, open, open.StartsWith("\\par ", StringComparison.Ordinal) ? "" : "\\par");
        }
    }

    public override void Tail(Page p, Story s) => p.Raw(p.R.Pick("}", "\\par}", "}"));
}

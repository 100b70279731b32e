namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// A dial-up BBS message reader as a capture keeps it: ANSI colour codes left as text, box
// lines, «Msg #», From/To/Subj, the pager's «--More--(45%)» and the command row.
internal sealed class DialUpReader : Frame
{
    public override bool PlainLines => true;

    private static string Ansi(DressingRandom r) => "\u001b[" + r.Pick("0;1;33m", "0;36m", "1;37m", "0m", "0;1;32m");

    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        var rule = new string(r.Pick('═', '─', '='), r.Between(30, 60));
        var esc = r.Chance(0.5) ? "\u001b" : "";
        p.Line(esc + "[2J" + Ansi(r) + rule);
        p.Line(r.Pick("║ ", "") + r.Pick("شبكة", "نادي") + " " + r.Pick("الفجر", "الخليج", "النخبة") + " BBS" + r.Pick(" — منتدى الأخبار", " :: News Echo", ""));
        p.Line(rule + "[0m");
        var number = r.Between(50, 900);
        p.Line("Msg #" + number + " of " + (number + r.Between(1, 200)) + r.Pick("   Area: أخبار محلية", "  [NEWS]", ""));
        p.Line("From: " + r.Pick("SYSOP", "NewsBot", Page.Person(r)) + "   To: " + r.Pick("All", "الجميع"));
        p.Chrome(headline, l => Ansi(r) + r.Pick("Subj: ", "Subject: ", "الموضوع: ") + l);
        p.Line(rule);
        Pieces(p, more);
    }

    public override string Para(Page p, string prefix, string text, string suffix, int index)
    {
        var r = p.R;
        if (index > 0 && !p.GlueNext && r.Chance(0.15))
        {
            p.Line("--More--(" + r.Between(10, 90) + "%)");
        }
        return (r.Chance(0.2) ? Ansi(r) : "") + prefix + text + suffix;
    }

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        var r = p.R;
        Pieces(p, tail);
        p.Line(new string('─', r.Between(20, 50)));
        p.Line(Ansi(r) + r.Pick("[Q]uit [N]ext [R]eply [P]rev", "[R]eply [N]ext [Q]uit", "(Q)uit, (N)ext, (R)eply: "));
        if (r.Chance(0.4))
        {
            p.Line("NO CARRIER");
        }
    }
}

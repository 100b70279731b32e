using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// The page being written: raw lines in order and, beside them, what a reader would call the
// story (paragraphs, posts) and what they would call chrome (labelled pieces). Frame markup
// too short or too bare to name (a lone «}», «```», «==========») is written unlabelled.
internal sealed class Page(DressingRandom r)
{
    private readonly List<string> lines = [];
    private (NoiseKind Kind, string Text, string Sep, string? Credit)? before;
    private (NoiseKind Kind, string Text, string Sep)? after;

    public DressingRandom R => r;

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    public void Raw(params string[] text) => lines.AddRange(text);

    public void Gap(double p = 0.5)
    {
        if (r.Chance(p) && lines.Count > 0 && lines[^1].Length > 0)
        {
            lines.Add("");
        }
    }

    // Chrome on lines of its own; wrap is the frame's markup round each line, not labelled.
    public void Chrome(NoiseKind kind, IReadOnlyList<string> content, Func<string, string>? wrap = null,
        IReadOnlyList<string>? teasers = null, string? credit = null)
    {
        var kept = content.Where(l => TextReferee.Normalize(l).Length >= 3).ToList();
        if (kept.Count > 0)
        {
            Noise.Add(new NoisePiece(kind, kept) { Teasers = teasers ?? [], Credit = credit });
        }
        foreach (var line in content)
        {
            lines.Add(r.Scuff(wrap is null ? line : wrap(line), 0.15));
        }
    }

    public void Chrome(NoiseKind kind, string line, Func<string, string>? wrap = null) => Chrome(kind, [line], wrap);

    // Chrome written onto the next paragraph written (a dateline before the lead) or after it
    // (a more-link behind the last sentence).
    public void GlueBefore(NoiseKind kind, string text, string sep, string? credit = null) => before = (kind, text, sep, credit);

    public void GlueAfter(NoiseKind kind, string text, string sep) => after = (kind, text, sep);

    // A story paragraph; open and close are the frame's markup round it. A frame's own mark
    // glued in front (a line number, a part counter, a nick) is labelled with openKind.
    public void Para(string text, string open = "", string close = "", NoiseKind? openKind = null)
    {
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, text));
        var line = r.Scuff(text, 0.12);
        if (before is { } b)
        {
            Noise.Add(new NoisePiece(b.Kind, [b.Text], true) { Credit = b.Credit });
            line = b.Text + b.Sep + line;
            before = null;
        }
        if (after is { } a)
        {
            Noise.Add(new NoisePiece(a.Kind, [a.Text], true));
            line = line + a.Sep + a.Text;
            after = null;
        }
        if (openKind is { } k && TextReferee.Normalize(open).Length >= 2)
        {
            Noise.Add(new NoisePiece(k, [open.Trim()], true));
        }
        lines.Add(open + line + close);
    }

    // A close glued behind a paragraph that names something (a wiki reference naming the paper).
    public void GlueLast(NoiseKind kind, string text, string? credit = null)
    {
        Noise.Add(new NoisePiece(kind, [text], true) { Credit = credit });
        lines[^1] += text;
    }

    public void Post(ExpectedBlock post, IEnumerable<string> raw)
    {
        Body.Add(post);
        lines.AddRange(raw);
    }

    public string Text() => string.Join(r.Chance(0.1) ? "\r\n" : "\n", lines).Trim('\n', '\r');
}

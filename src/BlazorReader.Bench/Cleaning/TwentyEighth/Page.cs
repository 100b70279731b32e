using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// One dressed page as it is written: raw lines in order, and beside them what a reader
// expects back (body blocks) and what they would call noise (labelled pieces).
internal sealed class Page(DressingRandom r)
{
    private readonly List<string> lines = [];

    // Look-alike body lines already written: a page never prints the same one twice.
    private readonly HashSet<string> lookalikes = new(StringComparer.Ordinal);

    public DressingRandom R => r;

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    public void Add(NoiseKind kind, params IReadOnlyList<string> text) => Add(new NoisePiece(kind, text));

    public void Add(NoisePiece piece)
    {
        foreach (var line in piece.Lines)
        {
            lines.Add(r.Scuff(line));
        }
        Noise.Add(piece);
    }

    public void Paragraph(string text)
    {
        lines.Add(r.Scuff(text, 0.1));
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(text)));
    }

    // A line that looks like furniture but is the story's own; false when the page has it already.
    public bool Lookalike(string text)
    {
        if (!lookalikes.Add(TextReferee.Normalize(text)))
        {
            return false;
        }
        Paragraph(text);
        return true;
    }

    // Chrome written onto a body line: a dateline before the lead, a more-link after the end.
    public void Glued(string paragraph, string? before, string? after, NoiseKind kind)
    {
        lines.Add((before ?? "") + paragraph + (after ?? ""));
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(paragraph)));
        Noise.Add(new NoisePiece(kind, [(before ?? after)!.Trim()], Glued: true));
    }

    // A post's lines as the copy flattened them; the expected block keeps its parts apart.
    public void Post(ExpectedBlock block, IEnumerable<string> raw)
    {
        lines.AddRange(raw);
        Body.Add(block);
    }

    public string Text()
    {
        var newline = r.Chance(0.2) ? "\r\n" : "\n";
        var gap = r.Chance(0.5) ? newline + newline : newline;
        var sb = new StringBuilder();
        if (r.Chance(0.1))
        {
            sb.Append('\uFEFF');
        }
        sb.AppendJoin(gap, lines);
        return sb.ToString();
    }
}

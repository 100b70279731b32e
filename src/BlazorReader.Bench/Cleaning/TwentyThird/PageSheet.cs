using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyThird;

// One page as it is being written: the story's paragraphs in order, and what each family puts
// above, between, onto and below them. Every written line carries its label, so the raw text
// and the labels are made in one pass and cannot disagree.
internal sealed class PageSheet(IReadOnlyList<string> paragraphs)
{
    private readonly List<Written> head = [];
    private readonly List<Written> tail = [];
    private readonly List<Written>[] before = [.. paragraphs.Select(_ => new List<Written>())];
    private readonly List<Written> afterLast = [];
    private readonly string[] gluedBefore = [.. paragraphs.Select(_ => "")];
    private readonly string[] gluedAfter = [.. paragraphs.Select(_ => "")];
    private readonly List<NoisePiece> glued = [];

    public IReadOnlyList<string> Paragraphs => paragraphs;

    public int Count => paragraphs.Count;

    public void Top(NoisePiece piece) => head.Add(Written.Of(piece));

    public void Bottom(NoisePiece piece) => tail.Add(Written.Of(piece));

    // Written above paragraph `index` (Count means after the last paragraph, before the tail).
    public void Above(int index, NoisePiece piece) => Slot(index).Add(Written.Of(piece));

    public void Above(int index, ExpectedBlock tweet, IReadOnlyList<string> lines) => Slot(index).Add(new Written(lines, null, tweet));

    // A line a reader counts as the story's own, though it looks like furniture.
    public void OwnLine(int index, string line) => Slot(index).Add(new Written([line], null, new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(line))));

    public void GlueBefore(int index, string prefix, NoiseKind kind, string? credit = null)
    {
        gluedBefore[index] = prefix + gluedBefore[index];
        glued.Add(new NoisePiece(kind, [prefix.Trim()], Glued: true) { Credit = credit });
    }

    public void GlueAfter(int index, string suffix, NoiseKind kind)
    {
        gluedAfter[index] += suffix;
        glued.Add(new NoisePiece(kind, [suffix.Trim()], Glued: true));
    }

    public bool HasGlueBefore(int index) => gluedBefore[index].Length > 0;

    public bool HasGlueAfter(int index) => gluedAfter[index].Length > 0;

    private List<Written> Slot(int index) => index >= paragraphs.Count ? afterLast : before[index];

    // The page's text and its labels. Blank lines between blocks, CRLF and a BOM come from the
    // page's own habits, which the family has rolled.
    public (string Text, List<ExpectedBlock> Body, List<NoisePiece> Noise) Write(DressingRandom r)
    {
        var newline = r.Chance(0.15) ? "\r\n" : "\n";
        var gap = r.Pick(0, 1, 1, 1, 2);
        var blocks = new List<string>();
        var body = new List<ExpectedBlock>();
        var noise = new List<NoisePiece>();
        void Put(Written w)
        {
            blocks.Add(string.Join(newline, w.Lines));
            if (w.Piece is not null)
            {
                noise.Add(w.Piece);
            }
            if (w.Block is not null)
            {
                body.Add(w.Block);
            }
        }
        head.ForEach(Put);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            before[i].ForEach(Put);
            blocks.Add(gluedBefore[i] + paragraphs[i] + gluedAfter[i]);
            body.Add(new ExpectedBlock(BlockKind.Paragraph, paragraphs[i]));
        }
        afterLast.ForEach(Put);
        tail.ForEach(Put);
        noise.AddRange(glued);
        var sb = new StringBuilder();
        if (r.Chance(0.08))
        {
            sb.Append('\uFEFF');
        }
        var separator = string.Concat(Enumerable.Repeat(newline, gap + 1));
        sb.Append(string.Join(separator, blocks));
        if (r.Chance(0.4))
        {
            sb.Append(newline);
        }
        return (sb.ToString(), body, noise);
    }

    private sealed record Written(IReadOnlyList<string> Lines, NoisePiece? Piece, ExpectedBlock? Block)
    {
        public static Written Of(NoisePiece piece) => new(piece.Lines, piece, null);
    }
}

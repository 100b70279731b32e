using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Sixth;

// Where each piece goes on the page (above the story, glued to the lead, after a paragraph,
// glued to the last sentence, below), and the page written out with one site's line ends,
// blank lines and stray marks. Body lines are written whole; only their edges get marks.
internal sealed class SixthPage(IReadOnlyList<string> paragraphs)
{
    private sealed record Block(IReadOnlyList<string> Lines, NoisePiece? Piece, ExpectedBlock? Tweet);

    private readonly List<Block> top = [];
    private readonly List<Block> bottom = [];
    private readonly List<Block>[] after = [.. paragraphs.Select(_ => new List<Block>())];
    private readonly List<(NoisePiece Piece, string Joiner)> leadGlue = [];
    private readonly List<(NoisePiece Piece, string Joiner)> endGlue = [];

    public int PieceCount => top.Count + bottom.Count + after.Sum(a => a.Count) + leadGlue.Count + endGlue.Count;

    public void Top(NoisePiece piece) => top.Add(new Block(piece.Lines, piece, null));

    public void Bottom(NoisePiece piece) => bottom.Add(new Block(piece.Lines, piece, null));

    // After paragraph `index`; the last paragraph's slot is the start of the bottom.
    public void After(int index, NoisePiece piece) => after[Math.Clamp(index, 0, after.Length - 1)].Add(new Block(piece.Lines, piece, null));

    public void Between(DressingRandom r, NoisePiece piece) => After(paragraphs.Count > 1 ? r.Next(paragraphs.Count - 1) : 0, piece);

    public void Tweet(int index, ExpectedBlock tweet, List<string> lines) => after[Math.Clamp(index, 0, after.Length - 1)].Add(new Block(lines, null, tweet));

    public void GlueLead(NoisePiece piece, string joiner) => leadGlue.Add((piece, joiner));

    public void GlueEnd(NoisePiece piece, string joiner) => endGlue.Add((piece, joiner));

    public void ShuffleBottom(DressingRandom r)
    {
        for (var i = bottom.Count - 1; i > 0; i--)
        {
            var j = r.Next(i + 1);
            (bottom[i], bottom[j]) = (bottom[j], bottom[i]);
        }
    }

    public (string Text, List<ExpectedBlock> Body, List<NoisePiece> Noise) Write(DressingRandom r)
    {
        var newline = r.Pick("\n", "\n", "\r\n", "\r\n", "\n");
        var gap = r.Chance(0.5) ? newline + newline : newline;
        var mixed = r.Chance(0.1);
        var sb = new StringBuilder();
        var body = new List<ExpectedBlock>();
        var noise = new List<NoisePiece>();
        if (r.Chance(0.08))
        {
            sb.Append('\uFEFF');
        }
        void Line(string line, bool tight)
        {
            if (sb.Length > 1 || sb.Length == 1 && sb[0] != '\uFEFF')
            {
                sb.Append(tight ? newline : mixed ? r.Pick("\n", "\r\n", gap) : gap);
            }
            sb.Append(line);
        }
        void Put(Block block)
        {
            // A block's lines follow one another closely; a broken link must, to be joined.
            var loose = block.Tweet is null && block.Lines.Count > 1 && block.Piece?.Kind is NoiseKind.Teaser or NoiseKind.ReadAlso && r.Chance(0.4);
            for (var i = 0; i < block.Lines.Count; i++)
            {
                Line(block.Lines[i], i > 0 && !loose);
            }
            if (block.Piece is not null)
            {
                noise.Add(block.Piece);
            }
            if (block.Tweet is not null)
            {
                body.Add(block.Tweet);
            }
        }
        top.ForEach(Put);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var line = Edge(r, paragraphs[i]);
            if (i == 0)
            {
                foreach (var (piece, joiner) in Enumerable.Reverse(leadGlue))
                {
                    line = piece.Lines[0] + joiner + line;
                    noise.Add(piece);
                }
            }
            if (i == paragraphs.Count - 1)
            {
                foreach (var (piece, joiner) in endGlue)
                {
                    line = line + joiner + piece.Lines[0];
                    noise.Add(piece);
                }
            }
            Line(line, false);
            body.Add(new ExpectedBlock(BlockKind.Paragraph, paragraphs[i]));
            after[i].ForEach(Put);
        }
        bottom.ForEach(Put);
        if (r.Chance(0.2))
        {
            sb.Append(r.Pick(newline, gap, " ", newline + " "));
        }
        return (sb.ToString(), body, noise);
    }

    // Stray marks at a body line's edges only: a direction mark, a space, a tab.
    private static string Edge(DressingRandom r, string line) => r.Chance(0.12)
        ? r.Pick("", "\u200F", " ", "\u00A0") + line + r.Pick("", " ", "\u200F", "\t", "  ")
        : line;
}

using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Seventh;

// A block written between two body paragraphs: a piece of noise, or a flattened tweet the
// reader expects back as a tweet.
internal sealed record Insert(IReadOnlyList<string> Lines, NoisePiece? Piece = null, ExpectedBlock? Tweet = null);

// Where each piece goes on the page, then the page written out: chrome above, the body with
// pieces between its paragraphs and glued onto them, chrome below in any order. The labels
// are taken from what is written, so a label is always text the raw page holds.
internal sealed class SeventhPlan(IReadOnlyList<string> body)
{
    public List<string> Body { get; } = [.. body];

    public List<NoisePiece> Top { get; } = [];

    public List<NoisePiece> Tail { get; } = [];

    // Before paragraph i (1 ≤ i < Body.Count); several may share a gap.
    public List<(int Gap, Insert Insert)> Between { get; } = [];

    // Written on the same line as paragraph i, before or after its text.
    public Dictionary<int, NoisePiece> GluedBefore { get; } = [];

    public Dictionary<int, NoisePiece> GluedAfter { get; } = [];

    public bool IsEmpty => Top.Count + Tail.Count + Between.Count + GluedBefore.Count + GluedAfter.Count == 0;

    public int AnyGap(DressingRandom r) => Body.Count < 2 ? 1 : r.Between(1, Body.Count - 1);

    public void Add(int gap, NoisePiece piece) => Between.Add((gap, new Insert(piece.Lines, piece)));

    public (string Raw, List<ExpectedBlock> Expected, List<NoisePiece> Noise) Write(DressingRandom r)
    {
        var lines = new List<string>();
        var expected = new List<ExpectedBlock>();
        var noise = new List<NoisePiece>();
        void Put(NoisePiece p)
        {
            lines.AddRange(p.Lines);
            noise.Add(p);
        }
        void PutBetween(Func<int, bool> gap)
        {
            foreach (var (_, insert) in Between.Where(b => gap(b.Gap)))
            {
                lines.AddRange(insert.Lines);
                if (insert.Piece is not null)
                {
                    noise.Add(insert.Piece);
                }
                if (insert.Tweet is not null)
                {
                    expected.Add(insert.Tweet);
                }
            }
        }
        Shuffle(Top, r).ForEach(Put);
        for (var i = 0; i < Body.Count; i++)
        {
            PutBetween(g => g == i);
            var line = r.Scuff(Body[i], 0.12);
            if (GluedBefore.TryGetValue(i, out var before))
            {
                line = before.Lines[0] + r.Pick(" ", " ", "\u00A0", "  ") + line;
                noise.Add(before);
            }
            if (GluedAfter.TryGetValue(i, out var after))
            {
                line = line + r.Pick(" ", " ", "\u00A0", " ") + after.Lines[0];
                noise.Add(after);
            }
            lines.Add(line);
            expected.Add(new ExpectedBlock(BlockKind.Paragraph, Body[i]));
        }
        // A one-paragraph story has no gap: what was meant for one follows it.
        PutBetween(g => g >= Body.Count);
        Shuffle(Tail, r).ForEach(Put);
        return (Join(lines, r), expected, noise);
    }

    // Line ends as copies leave them: one style per page, now and then a stray one, blank
    // lines or none, a byte-order mark from a saved file.
    private static string Join(List<string> lines, DressingRandom r)
    {
        var end = r.Pick("\n", "\n", "\r\n", "\n\n", "\r\n\r\n");
        var sb = new StringBuilder(r.Chance(0.08) ? "\uFEFF" : "");
        foreach (var line in lines)
        {
            sb.Append(line).Append(r.Chance(0.05) ? r.Pick("\r\n", "\n", "\n\n\n", "\r") : end);
        }
        return sb.ToString();
    }

    private static List<NoisePiece> Shuffle(List<NoisePiece> pieces, DressingRandom r) => [.. pieces.OrderBy(_ => r.Next(1000))];
}

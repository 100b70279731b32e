using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Ninth;

// One dressed page being put together: noise above the story, between its paragraphs, glued
// to its lead or its last paragraph, and below it; then written out with the line ends, blank
// lines and byte-order mark the copy path leaves.
public sealed class NinthPage(DressingRandom r, IReadOnlyList<string> body)
{
    private readonly List<List<string>> top = [];
    private readonly List<(int Gap, List<string> Lines, ExpectedBlock? Block)> between = [];
    private readonly List<List<string>> bottom = [];
    private readonly List<string> firstLines = [];
    private string? leadPrefix;
    private string? endSuffix;

    public List<NoisePiece> Noise { get; } = [];

    public int Paragraphs => body.Count;

    public bool HasKind(NoiseKind kind) => Noise.Any(p => p.Kind == kind);

    // A piece whose lines carry the spacing and invisible marks a page leaves.
    public NoisePiece Piece(NoiseKind kind, params string[] lines) => new(kind, [.. lines.Select(l => r.Scuff(l))]);

    // The very first lines of the copy (a mail's forwarding header), above every other top piece.
    public void First(NoisePiece piece) => Keep(piece, firstLines.AddRange);

    public void Top(NoisePiece piece) => Keep(piece, lines => top.Insert(r.Next(top.Count + 1), lines));

    public void Bottom(NoisePiece piece) => Keep(piece, lines => bottom.Insert(r.Next(bottom.Count + 1), lines));

    // Between two body paragraphs, never before the first that follows paragraph minGap - 1.
    public void Between(NoisePiece piece, int minGap = 1)
    {
        if (body.Count < 2 || minGap >= body.Count)
        {
            Bottom(piece);
            return;
        }
        Keep(piece, lines => between.Add((r.Between(minGap, body.Count - 1), lines, null)));
    }

    // Right before body paragraph `gap` (1 to the last), as a page break falls.
    public void At(NoisePiece piece, int gap) => Keep(piece, lines => between.Add((Math.Clamp(gap, 1, body.Count), lines, null)));

    // A block the reader expects in the body (a tweet, a paragraph that looks like chrome).
    // Returns the gap it went into, for chrome that follows it.
    public int Insert(ExpectedBlock block, IReadOnlyList<string> lines, bool closing = false, int? at = null)
    {
        var gap = at ?? (closing || body.Count < 2 ? body.Count : r.Between(1, body.Count - 1));
        between.Add((gap, [.. lines], block));
        return gap;
    }

    // Written onto the lead with no line break; on a line of its own above it when taken.
    public void GlueLead(NoiseKind kind, string prefix, string? credit = null)
    {
        var glued = leadPrefix is null;
        leadPrefix ??= prefix;
        var piece = new NoisePiece(kind, [prefix.Trim()], glued) { Credit = credit };
        if (glued)
        {
            Noise.Add(piece);
        }
        else
        {
            Top(piece);
        }
    }

    // Written after the last paragraph's last word; on a line below it when taken.
    public void GlueEnd(NoiseKind kind, string suffix, string? credit = null)
    {
        var glued = endSuffix is null;
        endSuffix ??= suffix;
        var piece = new NoisePiece(kind, [suffix.Trim()], glued) { Credit = credit };
        if (glued)
        {
            Noise.Add(piece);
        }
        else
        {
            Bottom(piece);
        }
    }

    public DressedArticle Build(RawArticle article, string key, string? rawTitle, string? expectedTitle)
    {
        var segments = new List<(List<string> Lines, ExpectedBlock? Block)>();
        segments.AddRange(firstLines.Count > 0 ? [(firstLines, null)] : []);
        segments.AddRange(top.Select(t => (t, (ExpectedBlock?)null)));
        for (var i = 0; i <= body.Count; i++)
        {
            segments.AddRange(between.Where(b => b.Gap == i).Select(b => (b.Lines, b.Block)));
            if (i < body.Count)
            {
                var line = i == 0 && leadPrefix is not null ? leadPrefix + body[i] : body[i];
                segments.Add(([line], new ExpectedBlock(BlockKind.Paragraph, body[i])));
            }
        }
        if (endSuffix is not null)
        {
            var last = segments.FindLastIndex(s => s.Block?.Kind == BlockKind.Paragraph);
            var lines = segments[last].Lines;
            lines[^1] += endSuffix;
        }
        segments.AddRange(bottom.Select(b => (b, (ExpectedBlock?)null)));
        var text = Write(segments.Select(s => s.Lines).ToList());
        var expected = segments.Where(s => s.Block is not null).Select(s => s.Block!).ToList();
        return new DressedArticle(article with { Text = text, Title = rawTitle }, key, expected, Noise, expectedTitle, false);
    }

    private void Keep(NoisePiece piece, Action<List<string>> place)
    {
        Noise.Add(piece);
        place([.. piece.Lines]);
    }

    // Blank lines between blocks or none, LF or CRLF or both, a BOM from an export now and then.
    private string Write(List<List<string>> segments)
    {
        var gap = r.Pick("\n", "\n\n", "\n\n", "\n \n", "mixed");
        var end = r.Pick("\n", "\n", "\r\n", "mixed");
        var sb = new StringBuilder();
        sb.Append(r.Chance(0.1) ? "\uFEFF" : "");
        for (var i = 0; i < segments.Count; i++)
        {
            sb.Append(i == 0 ? "" : gap == "mixed" ? r.Pick("\n", "\n\n", "\n\u00A0\n") : gap);
            sb.AppendJoin("\n", segments[i]);
        }
        sb.Append(r.Chance(0.4) ? "\n" : "");
        var text = sb.ToString();
        return end switch
        {
            "\r\n" => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            "mixed" => string.Concat(text.Split('\n').Select((l, i) => (i == 0 ? "" : r.Chance(0.5) ? "\r\n" : "\n") + l)),
            _ => text,
        };
    }
}

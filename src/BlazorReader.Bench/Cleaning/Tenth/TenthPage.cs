using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Tenth;

// The page a copy path leaves: pieces stacked above the story, dropped between paragraphs,
// glued to the lead or the last line, and stacked below; then written with the blank lines,
// line ends and byte-order mark of that path. Every piece is recorded as it was written.
public sealed class TenthPage(DressingRandom r, IReadOnlyList<string> body)
{
    private readonly List<List<string>> head = [];
    private readonly List<List<string>> top = [];
    private readonly List<(int Gap, List<string> Lines, ExpectedBlock? Block)> inside = [];
    private readonly List<List<string>> bottom = [];
    private readonly List<List<string>> tail = [];
    private string? leadGlue;
    private string? endGlue;

    public List<NoisePiece> Noise { get; } = [];

    public int Paragraphs => body.Count;

    public bool Has(NoiseKind kind) => Noise.Any(p => p.Kind == kind);

    // Lines scuffed as a browser's copy leaves them (NBSP, doubled spaces, direction marks).
    public NoisePiece Piece(NoiseKind kind, params string[] lines) => new(kind, [.. lines.Select(l => r.Scuff(l, 0.35))]);

    // The copy path's own frame: first above everything, last below everything.
    public void Head(NoisePiece piece) => Keep(piece, head.Add);

    public void Tail(NoisePiece piece) => Keep(piece, tail.Add);

    public void Top(NoisePiece piece) => Keep(piece, l => top.Insert(r.Next(top.Count + 1), l));

    public void Bottom(NoisePiece piece) => Keep(piece, l => bottom.Insert(r.Next(bottom.Count + 1), l));

    // Between two paragraphs; a one-paragraph story has nowhere but below.
    public void Between(NoisePiece piece)
    {
        if (body.Count < 2)
        {
            Bottom(piece);
            return;
        }
        Keep(piece, l => inside.Add((r.Between(1, body.Count - 1), l, null)));
    }

    // Somewhere after paragraph `index`, as a scraper's duplicate follows what it copied: the
    // first copy is then the story's, whichever one a reader keeps.
    public void After(NoisePiece piece, int index) => Keep(piece, l => inside.Add((r.Between(Math.Min(index + 1, body.Count), body.Count), l, null)));

    // A block the reader keeps (a tweet) between paragraphs or after the last.
    public void Insert(ExpectedBlock block, IReadOnlyList<string> lines)
    {
        var gap = body.Count < 2 || r.Chance(0.3) ? body.Count : r.Between(1, body.Count - 1);
        inside.Add((gap, [.. lines], block));
    }

    // On the lead's line before its first word; a second one goes on a line of its own.
    public void GlueLead(NoiseKind kind, string prefix, string? credit = null)
    {
        if (leadGlue is not null)
        {
            Top(new NoisePiece(kind, [prefix.Trim()]) { Credit = credit });
            return;
        }
        leadGlue = prefix;
        Noise.Add(new NoisePiece(kind, [prefix.Trim()], true) { Credit = credit });
    }

    // After the last paragraph's last word; a second one goes below.
    public void GlueEnd(NoiseKind kind, string suffix, string? credit = null)
    {
        if (endGlue is not null)
        {
            Bottom(new NoisePiece(kind, [suffix.Trim()]) { Credit = credit });
            return;
        }
        endGlue = suffix;
        Noise.Add(new NoisePiece(kind, [suffix.Trim()], true) { Credit = credit });
    }

    public DressedArticle Build(RawArticle article, string key, string? rawTitle)
    {
        var segments = new List<(List<string> Lines, ExpectedBlock? Block)>();
        segments.AddRange(head.Concat(top).Select(l => (l, (ExpectedBlock?)null)));
        for (var i = 0; i <= body.Count; i++)
        {
            segments.AddRange(inside.Where(b => b.Gap == i).Select(b => (b.Lines, b.Block)));
            if (i < body.Count)
            {
                segments.Add(([i == 0 && leadGlue is not null ? leadGlue + body[i] : body[i]], new ExpectedBlock(BlockKind.Paragraph, body[i])));
            }
        }
        if (endGlue is not null)
        {
            var last = segments.FindLastIndex(s => s.Block?.Kind == BlockKind.Paragraph);
            segments[last].Lines[^1] += endGlue;
        }
        segments.AddRange(bottom.Concat(tail).Select(l => (l, (ExpectedBlock?)null)));
        var expected = segments.Where(s => s.Block is not null).Select(s => s.Block!).ToList();
        var text = Write([.. segments.Select(s => s.Lines)]);
        return new DressedArticle(article with { Text = text, Title = rawTitle }, key, expected, Noise, article.Title, false);
    }

    private void Keep(NoisePiece piece, Action<List<string>> place)
    {
        Noise.Add(piece);
        place([.. piece.Lines]);
    }

    // Browsers copy with single or double line ends; Windows tools with CRLF; exports a BOM.
    private string Write(List<List<string>> segments)
    {
        var gap = r.Pick("\n", "\n\n", "\n\n", "\n\n\n", "either");
        var sb = new StringBuilder(r.Chance(0.08) ? "\uFEFF" : "");
        for (var i = 0; i < segments.Count; i++)
        {
            sb.Append(i == 0 ? "" : gap == "either" ? r.Pick("\n", "\n\n", "\n\u200F\n", "\n \n") : gap);
            sb.AppendJoin("\n", segments[i]);
        }
        sb.Append(r.Pick("", "\n", "\n\n"));
        var text = sb.ToString();
        return r.Next(6) switch
        {
            0 or 1 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            2 => string.Concat(text.Split('\n').Select((l, i) => (i == 0 ? "" : r.Chance(0.4) ? "\r\n" : "\n") + l)),
            _ => text,
        };
    }
}

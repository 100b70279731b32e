using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentySixth;

// Lines written together into the page: chrome (labelled), a post, or a line of the story's own
// that looks like chrome. One chunk may carry several pieces (a post's view count and its ALT).
internal sealed record Chunk(IReadOnlyList<string> Lines, IReadOnlyList<NoisePiece> Pieces, ExpectedBlock? Block = null)
{
    public static Chunk Noise(NoiseKind kind, params string[] lines) => new(lines, [new NoisePiece(kind, lines)]);

    public static Chunk Own(string line) => new([line], [], new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(line)));
}

// A page being dressed: the story's paragraphs in order, chrome above, between and below them,
// and pieces glued onto the lead or the last line. Render writes it as one scraped text.
internal sealed class PageDraft(RawArticle article, DressingPools pools, DressingRandom r)
{
    private readonly List<Chunk> head = [];
    private readonly List<Chunk> tail = [];
    private readonly Dictionary<int, List<Chunk>> between = [];
    private readonly List<(string Text, NoisePiece Piece)> leadGlue = [];
    private readonly List<(string Text, NoisePiece Piece)> endGlue = [];

    public RawArticle Article => article;

    public DressingPools Pools => pools;

    public DressingRandom R => r;

    public List<string> Paragraphs { get; } = TextReferee.Lines(article.Text);

    // Titles already teased on this page: a page lists a story once.
    public HashSet<string> Teased { get; } = new(StringComparer.Ordinal);

    public void Head(Chunk c) => head.Add(c);

    // Above everything else in the head: an app's bar or the title over the bylines.
    public void Top(Chunk c) => head.Insert(0, c);

    public void Tail(Chunk c) => tail.Add(c);

    // After paragraph `index` (0 is after the lead); clamped so that short stories still take it.
    public void After(int index, Chunk c)
    {
        var at = Math.Clamp(index, 0, Paragraphs.Count - 1);
        (between.TryGetValue(at, out var list) ? list : between[at] = []).Add(c);
    }

    // Somewhere inside the story, never before the lead: chrome between paragraphs.
    public void Inside(Chunk c) => After(r.Next(Math.Max(1, Paragraphs.Count - 1)), c);

    // Glued pieces in the order written: a byline then a dateline before the lead, a credit
    // then a more-link after the last line.
    public void GlueLead(NoiseKind kind, string prefix) => leadGlue.Add((prefix, new NoisePiece(kind, [prefix.Trim()], Glued: true)));

    public void GlueEnd(NoisePiece piece, string suffix) => endGlue.Add((suffix, piece));

    public void GlueEnd(NoiseKind kind, string suffix) => GlueEnd(new NoisePiece(kind, [suffix.Trim()], Glued: true), suffix);

    public (string Text, List<ExpectedBlock> Body, List<NoisePiece> Noise) Render()
    {
        var lines = new List<string>();
        var body = new List<ExpectedBlock>();
        var noise = new List<NoisePiece>();
        void Write(Chunk c)
        {
            lines.AddRange(c.Block is null ? c.Lines.Select(l => r.Scuff(l, 0.25)) : c.Lines);
            noise.AddRange(c.Pieces);
            if (c.Block is not null)
            {
                body.Add(c.Block);
            }
        }
        head.ForEach(Write);
        for (var i = 0; i < Paragraphs.Count; i++)
        {
            var text = Paragraphs[i];
            if (i == 0)
            {
                text = string.Concat(leadGlue.Select(g => g.Text)) + text;
                noise.AddRange(leadGlue.Select(g => g.Piece));
            }
            if (i == Paragraphs.Count - 1)
            {
                text += string.Concat(endGlue.Select(g => g.Text));
                noise.AddRange(endGlue.Select(g => g.Piece));
            }
            lines.Add(text);
            body.Add(new ExpectedBlock(BlockKind.Paragraph, Paragraphs[i]));
            between.GetValueOrDefault(i)?.ForEach(Write);
        }
        tail.ForEach(Write);
        return (Join(lines), body, noise);
    }

    // Line breaks as pages leave them: LF or CRLF, blank lines between or not, now and then a BOM.
    private string Join(List<string> lines)
    {
        var newline = r.Chance(0.3) ? "\r\n" : "\n";
        var gap = r.Pick(newline + newline, newline, newline + newline, newline + " " + newline);
        return (r.Chance(0.08) ? "\uFEFF" : "") + string.Join(gap, lines);
    }
}

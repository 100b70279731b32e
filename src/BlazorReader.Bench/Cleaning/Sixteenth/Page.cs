using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Sixteenth;

// One dressed page as it is written, line by line: what is body (the story's paragraphs,
// tweets, lines of its own that look like chrome) and what is labelled noise. A piece that
// would be too short to find, or would read exactly as a body line, is not written at all.
internal sealed class Page
{
    private readonly List<string> raw = [];
    private readonly HashSet<string> ownLines;

    public Page(RawArticle article, DressingPools pools, DressingRandom r)
    {
        Article = article;
        Pools = pools;
        R = r;
        Paragraphs = TextReferee.Lines(article.Text);
        ownLines = [.. Paragraphs];
        Spaced = r.Chance(0.55);
    }

    public RawArticle Article { get; }

    public DressingPools Pools { get; }

    public DressingRandom R { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    public string Title => TextReferee.Normalize(Article.Title ?? "");

    // Blank lines between blocks, or none at all, as pages differ.
    public bool Spaced { get; }

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    public bool Add(NoiseKind kind, params string[] lines) => Add(new NoisePiece(kind, lines));

    public bool Add(NoisePiece piece)
    {
        if (!Fits(piece))
        {
            return false;
        }
        foreach (var line in piece.Lines)
        {
            raw.Add(R.Scuff(line, 0.25));
        }
        Gap();
        Noise.Add(piece);
        return true;
    }

    // A body paragraph, with glued pieces (a dateline, a citation mark, a more-link) on its line.
    public void Paragraph(string text, NoisePiece? before = null, NoisePiece? after = null)
    {
        before = before is not null && Fits(before) ? before : null;
        after = after is not null && Fits(after) ? after : null;
        var line = (before is null ? "" : before.Lines[0] + R.Pick(" ", "", " ")) + R.Scuff(text, 0.15) + (after is null ? "" : R.Pick(" ", "", "  ") + after.Lines[0]);
        raw.Add(line);
        Gap();
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(text)));
        if (before is not null)
        {
            Noise.Add(before);
        }
        if (after is not null)
        {
            Noise.Add(after);
        }
    }

    // A tweet's lines are written by Plain as they are (a space or mark at a break would
    // split its link); this closes the block.
    public void Tweet(ExpectedBlock tweet)
    {
        Gap();
        Body.Add(tweet);
    }

    // A line the story itself carries though it looks like chrome: body, as a reader keeps it.
    public void Own(string text)
    {
        ownLines.Add(TextReferee.Normalize(text));
        Paragraph(text);
    }

    // A line of no kind: a blank, a rule, a cell's quote mark the reader never sees as text.
    public void Plain(string line) => raw.Add(line);

    // The lead's first sentence, cut at a word near 300 characters (a description's length).
    public string Lead()
    {
        var lead = Paragraphs[0];
        var end = lead.IndexOfAny(['.', '؟', '!']);
        var sentence = end > 40 ? lead[..(end + 1)] : lead;
        var space = sentence.Length > 300 ? sentence.LastIndexOf(' ', 300) : -1;
        return space > 40 ? sentence[..space] : sentence;
    }

    public bool IsOwn(string line) => ownLines.Contains(TextReferee.Normalize(line));

    public string Text(string newline) => string.Join(newline, raw);

    private void Gap()
    {
        if (Spaced || R.Chance(0.1))
        {
            raw.Add(R.Chance(0.9) ? "" : R.Pick(" ", "\u00A0", "\t"));
        }
    }

    private bool Fits(NoisePiece piece) => piece.Lines.Count > 0 && piece.Lines.All(l =>
        TextReferee.Normalize(l).Length >= (piece.Glued ? 2 : 3) && (piece.Kind == NoiseKind.Repeat || !ownLines.Contains(ArticleScore.Flat(l))));
}

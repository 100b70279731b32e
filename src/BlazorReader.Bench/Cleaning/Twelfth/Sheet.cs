using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Twelfth;

// The page being written: chrome above the story, things between its paragraphs, chrome
// below it, and the few pieces glued onto the lead or the last line. A piece whose line is a
// body line (a repeat aside) or too short to find is dropped, so every label stays true.
internal sealed class Sheet(IReadOnlyList<string> own, DressingRandom r)
{
    private sealed record Segment(IReadOnlyList<string> Lines, NoisePiece? Piece = null, ExpectedBlock? Block = null, bool Fragile = false);

    private readonly List<Segment> head = [];
    private readonly List<Segment> tail = [];
    private readonly List<Segment>[] before = [.. own.Select(_ => new List<Segment>())];
    private NoisePiece? leadGlue;
    private NoisePiece? endGlue;

    public int Count => own.Count;

    public int Pieces => head.Concat(tail).Concat(before.SelectMany(b => b)).Count(s => s.Piece is not null) + (leadGlue is null ? 0 : 1) + (endGlue is null ? 0 : 1);

    public bool Head(NoisePiece? piece) => Add(head, piece);

    public bool Tail(NoisePiece? piece) => Add(tail, piece);

    // Between two paragraphs; a one-paragraph story has no inside, so the piece goes below it.
    public bool Inside(NoisePiece? piece, int? at = null) => Add(Count < 2 || at >= Count ? tail : before[at ?? r.Between(1, Count - 1)], piece);

    public int Spot() => Count < 2 ? Count : r.Between(1, Count - 1);

    // A block of the body that is not the article's own line (a tweet, an embedded post's text),
    // with the noise of its embed around it; raw lines of a tweet are left unscuffed so that a
    // link broken over lines joins whole again.
    public void Block(int at, ExpectedBlock block, IReadOnlyList<string> lines, params NoisePiece?[] chrome)
    {
        var list = at >= Count ? tail : before[at];
        list.Add(new Segment(lines, Block: block, Fragile: block.Kind == BlockKind.Tweet));
        foreach (var piece in chrome)
        {
            Add(list, piece);
        }
    }

    public void GlueLead(NoisePiece? piece) => leadGlue = Valid(piece, 2) ? piece : leadGlue;

    public void GlueEnd(NoisePiece? piece) => endGlue = Valid(piece, 2) ? piece : endGlue;

    public bool HasLeadGlue => leadGlue is not null;

    public DressedArticle Write(RawArticle article, string key, string? rawTitle)
    {
        var lines = new List<string>();
        var body = new List<ExpectedBlock>();
        var noise = new List<NoisePiece>();
        void Put(Segment s)
        {
            foreach (var line in s.Lines)
            {
                lines.Add(s.Fragile ? line : s.Piece is null ? r.Scuff(line, 0.25) : Ink.Marks(r, r.Scuff(line, 0.25)));
                if (!s.Fragile && r.Chance(0.12))
                {
                    lines.Add(r.Pick("", " ", "\u00A0", "\u200F"));
                }
            }
            if (s.Piece is not null)
            {
                noise.Add(s.Piece);
            }
            if (s.Block is not null)
            {
                body.Add(s.Block);
            }
        }
        head.ForEach(Put);
        for (var i = 0; i < Count; i++)
        {
            before[i].ForEach(Put);
            var line = own[i];
            if (i == 0 && leadGlue is not null)
            {
                line = leadGlue.Lines[0] + r.Pick(" ", "", "  ", "\u00A0") + line;
                noise.Add(leadGlue);
            }
            if (i == Count - 1 && endGlue is not null)
            {
                line = line + r.Pick(" ", "  ", "\u00A0", " ") + endGlue.Lines[0];
                noise.Add(endGlue);
            }
            Put(new Segment([line]));
            body.Add(new ExpectedBlock(BlockKind.Paragraph, own[i]));
        }
        tail.ForEach(Put);
        var newline = r.Chance(0.25) ? "\r\n" : "\n";
        var text = (r.Chance(0.1) ? "\uFEFF" : "") + string.Join(newline, lines) + (r.Chance(0.5) ? newline : "");
        var expectedTitle = article.Title is null ? null : TextReferee.Normalize(article.Title);
        return new DressedArticle(article with { Text = text, Title = rawTitle ?? article.Title }, key, body, noise, expectedTitle, false);
    }

    private bool Add(List<Segment> list, NoisePiece? piece)
    {
        if (!Valid(piece, 3))
        {
            return false;
        }
        list.Add(new Segment(piece!.Lines, piece));
        return true;
    }

    private bool Valid(NoisePiece? piece, int shortest) =>
        piece is not null && piece.Lines.Count > 0
        && piece.Lines.All(l => TextReferee.Normalize(l).Length >= shortest)
        && (piece.Kind == NoiseKind.Repeat || !piece.Lines.Any(l => own.Contains(TextReferee.Normalize(l))));
}

using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eleventh;

// Where a piece is written. Head is before the lead; gap n lies after paragraph n-1, so the
// last gap is below the last paragraph and above the foot; the tail comes after the foot.
internal enum Zone
{
    Above,
    Head,
    Gap,
    Foot,
    Tail,
}

internal enum Order
{
    End,
    Start,
    Anywhere,
}

internal readonly record struct Spot(Zone Zone, int Gap = 0, Order Order = Order.End);

// A run of lines; a verbatim run (a tweet whose link the scraper may have broken) is written
// with no spacing or marks added, so that its link joins again once line breaks are removed.
internal sealed record Segment(IReadOnlyList<string> Lines, bool Verbatim = false, ExpectedBlock? Tweet = null);

// The page as it is written: the story's paragraphs whole and in order, the pieces around and
// onto them, and what must come back. A piece too short to find, or that reads as one of the
// story's own lines, is not written at all, so the catalogue's promises hold by construction.
internal sealed class PageSheet
{
    private readonly DressingRandom r;
    private readonly List<Segment> above = [];
    private readonly List<Segment> foot = [];
    private readonly List<Segment> tail = [];
    private readonly List<Segment>[] gaps;
    private readonly string?[] before;
    private readonly string?[] after;
    private readonly HashSet<string> bodyLines;

    public PageSheet(IReadOnlyList<string> paragraphs, DressingRandom r)
    {
        this.r = r;
        Paragraphs = paragraphs;
        gaps = [.. Enumerable.Range(0, paragraphs.Count + 1).Select(_ => new List<Segment>())];
        before = new string?[paragraphs.Count];
        after = new string?[paragraphs.Count];
        bodyLines = new HashSet<string>(paragraphs, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Paragraphs { get; }

    public int Count => Paragraphs.Count;

    public List<NoisePiece> Noise { get; } = [];

    // A gap between two paragraphs, or below the only one.
    public int InnerGap() => Count < 2 ? Count : r.Between(1, Count - 1);

    public bool Put(Spot at, NoiseKind kind, params string[] lines) => Put(at, new NoisePiece(kind, lines));

    public bool Put(Spot at, NoisePiece piece)
    {
        if (piece.Lines.Count == 0 || !piece.Lines.All(l => Fits(l, piece.Kind, 3)))
        {
            return false;
        }
        Insert(at, new Segment(piece.Lines));
        Noise.Add(piece);
        return true;
    }

    public void PutTweet(int gap, ExpectedBlock tweet, IReadOnlyList<string> lines)
    {
        bodyLines.Add(ArticleScore.Flat(tweet.Text));
        Insert(new Spot(Zone.Gap, gap), new Segment(lines, true, tweet));
    }

    // A piece written onto a paragraph's start (a dateline before the lead) or its end (a link
    // after the last sentence); one on each side at most.
    public bool Glue(int paragraph, bool atStart, NoisePiece piece, string joiner)
    {
        var side = atStart ? before : after;
        if (paragraph < 0 || paragraph >= Count || side[paragraph] is not null || !Fits(piece.Lines[0], piece.Kind, 2))
        {
            return false;
        }
        side[paragraph] = atStart ? piece.Lines[0] + joiner : joiner + piece.Lines[0];
        Noise.Add(piece with { Glued = true });
        return true;
    }

    public (string Text, List<ExpectedBlock> Body) Render(PageStyle style)
    {
        var runs = new List<Segment>(above);
        var body = new List<ExpectedBlock>();
        for (var i = 0; i <= Count; i++)
        {
            runs.AddRange(gaps[i]);
            body.AddRange(gaps[i].Select(s => s.Tweet).OfType<ExpectedBlock>());
            if (i < Count)
            {
                runs.Add(new Segment([before[i] + Paragraphs[i] + after[i]]));
                body.Add(new ExpectedBlock(BlockKind.Paragraph, Paragraphs[i]));
            }
        }
        runs.AddRange(foot);
        runs.AddRange(tail);
        return (style.Write(runs, r), body);
    }

    private bool Fits(string line, NoiseKind kind, int least)
    {
        var flat = TextReferee.Normalize(line);
        return flat.Length >= least && (kind == NoiseKind.Repeat || !bodyLines.Contains(flat));
    }

    private void Insert(Spot at, Segment segment)
    {
        var list = at.Zone switch
        {
            Zone.Above => above,
            Zone.Head => gaps[0],
            Zone.Gap => gaps[Math.Clamp(at.Gap, 0, Count)],
            Zone.Foot => foot,
            _ => tail,
        };
        list.Insert(at.Order switch { Order.Start => 0, Order.Anywhere => r.Between(0, list.Count), _ => list.Count }, segment);
    }
}

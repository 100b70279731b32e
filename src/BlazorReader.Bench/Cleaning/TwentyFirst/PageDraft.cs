using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// One page being written: the story's own lines in order, with noise put above, between or
// below them. Each entry carries its own label, so the labels cannot drift from the text.
internal sealed class PageDraft
{
    private readonly List<Entry> head = [];
    private readonly List<Entry> body = [];
    private readonly List<Entry> tail = [];
    private readonly List<NoisePiece> noise = [];

    public PageDraft(RawArticle article, DressingPools pools, DressingRandom r)
    {
        Article = article;
        Pools = pools;
        R = r;
        foreach (var line in article.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var text = TextReferee.Normalize(line);
            if (text.Length > 0)
            {
                body.Add(new Entry([line], new ExpectedBlock(BlockKind.Paragraph, text), Own: true));
            }
        }
        OwnLines = [.. body.Select(e => e.Block!.Text)];
    }

    public RawArticle Article { get; }

    public DressingPools Pools { get; }

    public DressingRandom R { get; }

    public IReadOnlyList<string> OwnLines { get; }

    // The story as one line, as the benchmark compares teasers against it.
    public string OwnText => TextReferee.Normalize(Article.Text);

    public string Title => TextReferee.Normalize(Article.Title ?? "");

    public DateOnly Date => DateOnly.FromDateTime(Article.PublishedAt ?? new DateTime(2015, 7, 25));

    public string Paper => Article.Source is { Length: > 0 } s && R.Chance(0.3) ? s : R.Pick(DressingPools.Papers);

    // Above the story, after what earlier calls put there (call order is page order).
    public NoisePiece Head(NoiseKind kind, params string[] lines) => Head(new NoisePiece(kind, lines));

    public NoisePiece Head(NoisePiece piece) => Put(head, head.Count, piece);

    // Above everything written so far: a device's or a service's own bar over the page.
    public NoisePiece Top(NoiseKind kind, params string[] lines) => Top(new NoisePiece(kind, lines));

    public NoisePiece Top(NoisePiece piece) => Put(head, 0, piece);

    // A service's own head of several lines, in order, over everything written so far.
    public void Top(IReadOnlyList<NoisePiece> pieces)
    {
        for (var i = 0; i < pieces.Count; i++)
        {
            Put(head, i, pieces[i]);
        }
    }

    public NoisePiece Tail(NoiseKind kind, params string[] lines) => Tail(new NoisePiece(kind, lines));

    public NoisePiece Tail(NoisePiece piece) => Put(tail, tail.Count, piece);

    // Between two of the story's own paragraphs, where figures, cards and page breaks sit.
    public NoisePiece Between(NoiseKind kind, params string[] lines) => Between(new NoisePiece(kind, lines));

    public NoisePiece Between(NoisePiece piece) => Put(body, GapIndex(), piece);

    // A card of several pieces kept together in one gap, in order.
    public void Between(IReadOnlyList<NoisePiece> card)
    {
        var at = GapIndex();
        for (var i = 0; i < card.Count; i++)
        {
            Put(body, at + i, card[i]);
        }
    }

    // Marks that each stand in a gap of their own, in order down the story: page and screen
    // breaks. As many as the story has gaps for.
    public void Spread(IReadOnlyList<NoisePiece> marks)
    {
        var own = Enumerable.Range(0, body.Count).Where(i => body[i].Own).SkipLast(1).ToList();
        var gaps = own.OrderBy(_ => R.Next(int.MaxValue)).Take(marks.Count).Order().ToList();
        for (var i = gaps.Count - 1; i >= 0; i--)
        {
            Put(body, gaps[i] + 1, marks[i]);
        }
    }

    // A piece written onto the lead (before it) or onto the last paragraph (after it).
    public void Glue(NoisePiece piece, bool onLead)
    {
        var at = onLead ? body.FindIndex(e => e.Own) : body.FindLastIndex(e => e.Block is { Kind: BlockKind.Paragraph });
        if (at < 0)
        {
            // A story with no line to glue onto: the piece stands on a line of its own.
            Put(onLead ? head : tail, onLead ? head.Count : tail.Count, piece);
            return;
        }
        var line = body[at].Raw[0].Trim();
        var glue = R.Pick(" ", " ", "  ", "\u00A0");
        body[at] = body[at] with { Raw = [onLead ? piece.Lines[0] + glue + line : line + glue + piece.Lines[0]] };
        noise.Add(piece with { Glued = true });
    }

    // A paragraph the story itself carries, however much it looks like page furniture: in a
    // gap between paragraphs, or at the end where closing formulas and contact lines sit.
    public void StoryLine(params string[] lines) => StoryLines(R.Chance(0.3) ? body.Count : GapIndex(), lines);

    public void StoryEnd(params string[] lines) => StoryLines(body.Count, lines);

    // A subheading never closes a story; with one paragraph it opens the second half of nothing,
    // so it goes after the lead and before the rest only when there is a rest.
    public void StoryGap(params string[] lines)
    {
        if (body.Count(e => e.Own) > 1)
        {
            StoryLines(GapIndex(), lines);
        }
    }

    private void StoryLines(int at, string[] lines)
    {
        foreach (var line in lines.Reverse())
        {
            body.Insert(at, new Entry([line], new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(line))));
        }
    }

    public void Post(ExpectedBlock tweet, IReadOnlyList<string> raw) => body.Insert(R.Chance(0.25) ? body.Count : GapIndex(), new Entry(raw, tweet));

    // An own paragraph written a second time, as scrapers and summary boxes do.
    public void Repeat(bool atTop)
    {
        var candidates = body.Where(e => e.Own && e.Block!.Text.Length >= 40).ToList();
        if (candidates.Count == 0)
        {
            return;
        }
        var chosen = atTop ? candidates[0] : candidates[R.Next(candidates.Count)];
        var piece = new NoisePiece(NoiseKind.Repeat, [chosen.Block!.Text]);
        noise.Add(piece);
        var entry = new Entry(chosen.Raw, null);
        if (atTop)
        {
            head.Add(entry);
        }
        else
        {
            body.Insert(body.IndexOf(chosen) + 1, entry);
        }
    }

    public string Write(out List<ExpectedBlock> blocks, out List<NoisePiece> pieces)
    {
        var newline = R.Pick("\n", "\n", "\r\n");
        var gap = R.Pick(newline, newline + newline, newline + newline, newline + R.Pick(" ", "\u00A0") + newline);
        var text = string.Join(gap, head.Concat(body).Concat(tail).Select(e => string.Join(newline, e.Raw)));
        blocks = [.. body.Where(e => e.Block is not null).Select(e => e.Block!)];
        pieces = noise;
        return (R.Chance(0.08) ? "\uFEFF" : "") + text + (R.Chance(0.3) ? newline : "");
    }

    private NoisePiece Put(List<Entry> list, int at, NoisePiece piece)
    {
        noise.Add(piece);
        list.Insert(at, new Entry([.. piece.Lines.Select(l => R.Scuff(l))], null));
        return piece;
    }

    // After an own paragraph that is not the last one; at the end when the story is one line.
    private int GapIndex()
    {
        var own = Enumerable.Range(0, body.Count).Where(i => body[i].Own).ToList();
        return own.Count < 2 ? body.Count : own[R.Next(own.Count - 1)] + 1;
    }

    private sealed record Entry(IReadOnlyList<string> Raw, ExpectedBlock? Block, bool Own = false);
}

namespace BlazorReader.Bench.Cleaning.Thirteenth;

// A piece glued onto body line Index, before its first word or after its last.
internal sealed record Glue(int Index, bool Before, NoisePiece Piece);

// Something written after body line Index: a piece of noise, a tweet, or lines of the story.
internal sealed record Insert(int Index, Action<PageWriter> Write);

// Where a page's pieces go. A fifth of pages get one piece only, some a few, some many, so
// a catalogue's figures are not all from crowded pages.
internal sealed class Layout
{
    private int noiseInserts;

    public List<NoisePiece> Head { get; } = [];

    public List<NoisePiece> Tail { get; } = [];

    public List<Glue> Glued { get; } = [];

    public List<Insert> After { get; } = [];

    public string? TopNote { get; private set; }

    public static Layout Draw(Page p, CopyPath path, List<string> body)
    {
        var r = p.R;
        var layout = new Layout();
        var inner = Menus.Inner(path).Append(q => InnerShapes.PullQuote(q, body)).ToArray();
        var (head, middle, tail, glue) = r.Next(10) switch
        {
            < 2 => r.Next(10) switch { < 3 => (1, 0, 0, false), < 5 => (0, 1, 0, false), < 9 => (0, 0, 1, false), _ => (0, 0, 0, true) },
            < 6 => (r.Between(0, 3), r.Between(0, 2), r.Between(1, 4), r.Chance(0.3)),
            _ => (r.Between(2, 6), r.Between(1, 4), r.Between(4, 10), r.Chance(0.5)),
        };
        layout.Head.AddRange(Menus.Draw(p, Menus.Head(path), head));
        layout.Tail.AddRange(Menus.Draw(p, Menus.Tail(path), tail));
        for (var i = 0; i < middle; i++)
        {
            if (r.Pick(inner)(p) is { } piece)
            {
                layout.After.Add(new Insert(Between(r, body.Count), w => w.Noise(piece)));
                layout.noiseInserts++;
            }
        }
        if (glue)
        {
            layout.Glue(p, path, body.Count);
        }
        var crowded = head + middle + tail > 1;
        if (r.Chance(crowded ? 0.4 : 0.12))
        {
            var tweets = r.Chance(0.25) ? 2 : 1;
            for (var i = 0; i < tweets; i++)
            {
                var (lines, card) = TweetCards.Draw(p);
                layout.After.Add(new Insert(r.Next(body.Count), w => w.Tweet(lines, card)));
            }
        }
        layout.AddStoryLines(p, body.Count);
        if (!layout.HasNoise)
        {
            layout.Tail.Add(TailShapes.Footer(p));
        }
        return layout;
    }

    private bool HasNoise => Head.Count + Tail.Count + Glued.Count + noiseInserts > 0;

    private void Glue(Page p, CopyPath path, int count)
    {
        var r = p.R;
        if ((path is CopyPath.PaperPage or CopyPath.TelegramBot or CopyPath.Newsletter or CopyPath.Aggregator) && r.Chance(0.6))
        {
            Glued.Add(new Glue(0, true, HeadShapes.GluedCity(p)));
        }
        if (path == CopyPath.WikiMirror || r.Chance(0.15))
        {
            var marked = Enumerable.Range(0, Math.Max(1, count - 1)).OrderBy(_ => r.Next(999)).Take(r.Between(1, 3)).Order();
            var number = r.Between(1, 9);
            Glued.AddRange(marked.Select(i => new Glue(i, false, InnerShapes.CitationMarker(p, number++))));
        }
        if (Glued.Count == 0 || r.Chance(0.3))
        {
            Glued.Add(new Glue(count - 1, false, path == CopyPath.ChatPaste && r.Chance(0.5) ? new NoisePiece(NoiseKind.Counter, ["(معدّل)"], Glued: true) : InnerShapes.GluedTail(p)));
        }
    }

    // Lines of the story itself that look like boxes: a quoted verse or hadith, a correction.
    private void AddStoryLines(Page p, int count)
    {
        var r = p.R;
        if (r.Chance(0.1))
        {
            var cited = AddedBody.Citation(p);
            After.Add(new Insert(Between(r, count), w => cited.ForEach(l => w.Body(l, l))));
        }
        if (r.Chance(0.08))
        {
            var note = AddedBody.Note(p);
            if (r.Chance(0.3))
            {
                TopNote = note;
            }
            else
            {
                After.Add(new Insert(count - 1, w => w.Body(note, note)));
            }
        }
    }

    // After a paragraph that has another after it, mostly; after the last now and then.
    private static int Between(DressingRandom r, int count) => count > 1 && r.Chance(0.85) ? r.Next(count - 1) : count - 1;
}

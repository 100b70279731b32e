using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Fifteenth;

// A page being written: the story's blocks in order, noise in zones around and between them,
// and every noise piece labelled as it is written, so the labels are the page's own lines.
internal sealed class PageDraft
{
    private readonly Dictionary<Zone, List<IReadOnlyList<string>>> zones = Enum.GetValues<Zone>().ToDictionary(z => z, _ => new List<IReadOnlyList<string>>());
    private readonly List<BodyItem> items;
    private bool closed; // the last line carries a «more» glued after it: nothing comes after it

    public PageDraft(RawArticle article)
    {
        Article = article;
        items = [.. TextReferee.Lines(article.Text).Select(l => new BodyItem(new ExpectedBlock(BlockKind.Paragraph, l), [l], true))];
    }

    public RawArticle Article { get; }

    public List<NoisePiece> Noise { get; } = [];

    public int BodyCount => items.Count;

    public IReadOnlyList<string> SourceLines => [.. items.Where(i => i.Own).Select(i => i.Block.Text)];

    public IReadOnlyList<ExpectedBlock> Expected => [.. items.Select(i => i.Block)];

    // A noise piece on lines of its own in a zone; first puts it above what the zone holds.
    public void Add(Zone zone, NoiseKind kind, IReadOnlyList<string> lines, IReadOnlyList<string>? teasers = null, string? credit = null, bool first = false)
    {
        zones[zone].Insert(first ? 0 : zones[zone].Count, lines);
        Label(kind, lines, teasers, credit);
    }

    // A noise piece between two of the story's blocks, above one of its own lines (never above
    // the first, never inside a list or a decree the story quotes).
    public void AddBetween(DressingRandom r, NoiseKind kind, IReadOnlyList<string> lines, IReadOnlyList<string>? teasers = null, string? credit = null)
    {
        var places = Enumerable.Range(1, Math.Max(0, items.Count - 1)).Where(i => items[i].Own && items[i - 1].Own).ToList();
        if (places.Count == 0)
        {
            Add(Zone.Tail, kind, lines, teasers, credit, first: true); // right under the story
            return;
        }
        items[r.Pick<int>(places)].Before.Add(lines);
        Label(kind, lines, teasers, credit);
    }

    // A noise piece right under one block (a post's counts under the post).
    public void AddAfterBody(int at, NoiseKind kind, IReadOnlyList<string> lines)
    {
        items[Math.Clamp(at, 0, items.Count - 1)].After.Add(lines);
        Label(kind, lines, null, null);
    }

    // Noise written onto the first or the last of the story's own lines, the line kept whole.
    // A «more» after the end goes on a line of its own when the story ends in lines it quotes.
    public void Glue(NoiseKind kind, string text, bool onFirst, string joint = " ")
    {
        if (!onFirst && !items[^1].Own)
        {
            Add(Zone.Tail, kind, [text], first: true);
            return;
        }
        GlueOn(onFirst ? 0 : SourceLines.Count - 1, kind, text, before: onFirst, joint);
        closed |= !onFirst;
    }

    // Noise written onto one of the story's own lines (counted among them alone), before or after it.
    public void GlueOn(int ownIndex, NoiseKind kind, string text, bool before, string joint = " ")
    {
        var item = items.Where(i => i.Own).ElementAt(Math.Clamp(ownIndex, 0, SourceLines.Count - 1));
        var line = item.Lines[0];
        item.Lines[0] = before ? text + joint + line : line + joint + text;
        Noise.Add(new NoisePiece(kind, [text.Trim()], Glued: true));
    }

    // A block of the story that is not in the source text (a decree's article, a tweet), at
    // a place among the blocks: 0 above the first, BodyCount after the last.
    public void InsertBody(int at, ExpectedBlock block, IReadOnlyList<string> written) =>
        items.Insert(Math.Clamp(at, 0, items.Count), new BodyItem(block, [.. written], false));

    // Where a block of its own (a post) can go: between two of the story's own lines, or at
    // the end; never inside a list, a table or a decree the story quotes.
    public IReadOnlyList<int> Gaps() =>
        [.. Enumerable.Range(1, items.Count).Where(i => i == items.Count ? !closed : items[i].Own && items[i - 1].Own)];

    // Where the story's own line number ownIndex stands among all the blocks.
    public int ItemOf(int ownIndex)
    {
        var seen = -1;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Own && ++seen == ownIndex)
            {
                return i;
            }
        }
        return items.Count;
    }

    public void InsertParagraph(int at, string text) => InsertBody(at, new ExpectedBlock(BlockKind.Paragraph, text), [text]);

    // The page as text: chunks apart by a blank line or by none. Noise lines and the story's own
    // lines may be scuffed; written blocks (tweets with a link broken over lines) are left as they are.
    public string Write(DressingRandom r, bool tight, double scuff)
    {
        var chunks = new List<IEnumerable<string>>();
        IEnumerable<string> Scuffed(IReadOnlyList<string> lines, double rate) => [.. lines.Select(l => r.Scuff(l, rate))];
        chunks.AddRange(zones[Zone.Head].Concat(zones[Zone.Top]).Select(c => Scuffed(c, scuff)));
        foreach (var item in items)
        {
            chunks.AddRange(item.Before.Select(c => Scuffed(c, scuff)));
            chunks.Add(item.Own ? Scuffed(item.Lines, scuff / 2) : item.Lines);
            chunks.AddRange(item.After.Select(c => Scuffed(c, scuff)));
        }
        chunks.AddRange(zones[Zone.Tail].Concat(zones[Zone.Footer]).Concat(zones[Zone.Bottom]).Select(c => Scuffed(c, scuff)));
        return string.Join(tight ? "\n" : "\n\n", chunks.Select(c => string.Join("\n", c)));
    }

    private void Label(NoiseKind kind, IReadOnlyList<string> lines, IReadOnlyList<string>? teasers, string? credit) =>
        Noise.Add(new NoisePiece(kind, [.. lines.Select(l => l.Trim()).Where(l => TextReferee.Normalize(l).Length > 0)]) { Teasers = teasers ?? [], Credit = credit });

    private sealed record BodyItem(ExpectedBlock Block, List<string> Lines, bool Own)
    {
        public List<IReadOnlyList<string>> Before { get; } = [];

        public List<IReadOnlyList<string>> After { get; } = [];
    }
}

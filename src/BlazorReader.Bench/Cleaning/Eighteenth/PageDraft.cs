using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eighteenth;

// One block of the page as it will be written: a body paragraph, a tweet card, or a piece of
// furniture. Its lines are written one under the other; Expected or Noise says what it is.
internal sealed record Block(IReadOnlyList<string> Lines, ExpectedBlock? Expected = null, NoisePiece? Noise = null)
{
    public bool IsOwnParagraph { get; init; }
}

// A dressed page before it is written: the article's own lines in order, with slots before,
// between and after them where furniture and the story's own extra lines go, and glue on
// the lines themselves. Families fill it; DraftWriter turns it into raw text.
internal sealed class PageDraft
{
    private readonly List<Block> top = [];
    private readonly List<Block>[] slots;
    private readonly List<Block> bottom = [];
    private readonly string[] own;
    private readonly string?[] prefix;
    private readonly string?[] suffix;
    private readonly List<NoisePiece> glued = [];
    private string? normalText;

    public PageDraft(RawArticle source)
    {
        Source = source;
        own = [.. source.Text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Where(l => TextReferee.Normalize(l).Length > 0)];
        slots = [.. Enumerable.Range(0, own.Length + 1).Select(_ => new List<Block>())];
        prefix = new string?[own.Length];
        suffix = new string?[own.Length];
    }

    public RawArticle Source { get; }

    public string? Title => Source.Title is { } t && TextReferee.Normalize(t).Length > 0 ? TextReferee.Normalize(t) : null;

    public int Count => own.Length;

    public string NormalText => normalText ??= TextReferee.Normalize(Source.Text);

    public bool TitleInText { get; set; }

    public bool DropTitle { get; set; }

    // The page's top and bottom, in the order they are added.
    public void Top(Block b) => top.Add(b);

    public void TopFirst(Block b) => top.Insert(0, b);

    public void Bottom(Block b) => bottom.Add(b);

    public void BottomFirst(Block b) => bottom.Insert(0, b);

    // Slot i stands before the article's line i; slot Count after its last line.
    public void At(int slot, Block b) => slots[Math.Clamp(slot, 0, own.Length)].Add(b);

    public void AtFront(int slot, Block b) => slots[Math.Clamp(slot, 0, own.Length)].Insert(0, b);

    public bool Glue(int line, NoiseKind kind, string text, string joiner, bool before)
    {
        var at = before ? prefix : suffix;
        if (own.Length == 0 || at[line] is not null)
        {
            return false;
        }
        // The piece is what was glued, its joining mark with it («3/7 -»), as a reader cuts it off.
        at[line] = before ? text + joiner : joiner + text;
        glued.Add(new NoisePiece(kind, [at[line]!.Trim()], Glued: true));
        return true;
    }

    public IEnumerable<Block> Blocks()
    {
        foreach (var b in top)
        {
            yield return b;
        }
        for (var i = 0; i <= own.Length; i++)
        {
            foreach (var b in slots[i])
            {
                yield return b;
            }
            if (i < own.Length)
            {
                var text = TextReferee.Normalize(own[i]);
                yield return new Block([prefix[i] + own[i] + suffix[i]], new ExpectedBlock(BlockKind.Paragraph, text)) { IsOwnParagraph = true };
            }
        }
        foreach (var b in bottom)
        {
            yield return b;
        }
    }

    public IEnumerable<NoisePiece> Glued => glued;
}

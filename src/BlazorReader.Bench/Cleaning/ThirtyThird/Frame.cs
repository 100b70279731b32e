namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// One copy path the story's text took to the scraper: the path's own head, the way it writes
// a story paragraph and a line of chrome, what it puts between paragraphs, and its tail.
// A frame is made afresh for each page, so it may count lines or keep a clock.
internal abstract class Frame
{
    // The frame's markup round a line of chrome (not labelled: only the words inside are).
    protected virtual Func<string, string>? Wrap => null;

    // Whether the path carries pictures at all (an SMS thread or a chat log has no captions).
    public virtual bool Pictures => true;

    public abstract void Head(Page p, Story s);

    public virtual void Chrome(Page p, NoiseKind kind, IReadOnlyList<string> lines, IReadOnlyList<string>? teasers = null, string? credit = null) =>
        p.Chrome(kind, lines, Wrap, teasers, credit);

    public void Chrome(Page p, NoiseKind kind, string line, string? credit = null) => Chrome(p, kind, [line], null, credit);

    public virtual void Paragraph(Page p, Story s, string text, int index, int count) => p.Para(text);

    public virtual void Between(Page p, Story s, int index)
    {
    }

    public abstract void Tail(Page p, Story s);
}

using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Nineteenth;

// The page as it is written, chunk by chunk, with what a reader expects back: each body block
// and each labelled piece is recorded where its text is written, so the labels cannot drift
// from the raw text.
public sealed class PageSheet(DressingRandom r, Story story)
{
    private readonly List<string> chunks = [];
    private int firstBody = -1;
    private int lastBody = -1;
    private string? author;
    private readonly HashSet<string> drawn = [];

    public DressingRandom R { get; } = r;

    public Story Story { get; } = story;

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    public IReadOnlyList<string> Chunks => chunks;

    public bool HeadlineWritten { get; private set; }

    // True the first time a once-a-page box is asked for.
    public bool First(string what) => drawn.Add(what);

    // One writer per page: the byline and the author box name the same person.
    public string Author => author ??= DressingPools.PersonName(R);

    // The story's own title written above it, as the page shows it; never when a body line
    // is the title itself, since then the line would be both.
    public void Headline()
    {
        if (Story.Title is not { } title || Story.Lines.Contains(title))
        {
            return;
        }
        HeadlineWritten = true;
        Piece(NoiseKind.Headline, Ink.Mark(R) + title + R.Pick("", "", " ", "‏"));
    }

    public void Paragraph(string text)
    {
        firstBody = firstBody < 0 ? chunks.Count : firstBody;
        lastBody = chunks.Count;
        chunks.Add(R.Scuff(text, 0.2));
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(text)));
    }

    public void Tweet(ExpectedBlock tweet, string written)
    {
        chunks.Add(written);
        Body.Add(tweet);
    }

    // The rest of a post's card written after a button between its parts: its date and link.
    public void TweetRest(string written) => chunks.Add(written);

    // A piece on lines of its own; its labelled lines are the ones it is written on, so a
    // link broken over lines is labelled by its parts as they stand.
    public void Piece(NoiseKind kind, string written, IReadOnlyList<string>? teasers = null, string? credit = null)
    {
        var lines = written.Split('\n').Select(TextReferee.Normalize).Where(l => l.Length >= 3).ToList();
        if (lines.Count == 0)
        {
            return;
        }
        chunks.Add(written);
        Noise.Add(new NoisePiece(kind, lines) { Teasers = teasers ?? [], Credit = credit });
    }

    public void Piece(NoiseKind kind, IEnumerable<string> lines, IReadOnlyList<string>? teasers = null, string? credit = null) =>
        Piece(kind, string.Join('\n', lines), teasers, credit);

    // Glued pieces share the first or the last body line, as a dateline or a more-link does.
    public void GlueBeforeLead(NoiseKind kind, string text, string? credit = null)
    {
        if (firstBody >= 0 && TextReferee.Normalize(text).Length >= 2)
        {
            chunks[firstBody] = text + chunks[firstBody];
            Noise.Add(new NoisePiece(kind, [text], Glued: true) { Credit = credit });
        }
    }

    public void GlueAfterEnd(NoiseKind kind, string text, string? credit = null)
    {
        if (lastBody >= 0 && TextReferee.Normalize(text).Length >= 2)
        {
            chunks[lastBody] += text;
            Noise.Add(new NoisePiece(kind, [text], Glued: true) { Credit = credit });
        }
    }
}

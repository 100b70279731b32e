using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// What the copy path knows about the story it carries: its title, the paper, when, where.
internal sealed record Story(string? Title, string Paper, DateTime When, string Url, DressingPools Pools, string OwnText);

// The raw text being written, line by line, with what a reader would call story and chrome.
// Story lines may carry the frame's prefix (a log stamp, a diff «+», a style tag) because
// that is how the copy path wrote them; the expected paragraph is the line without it.
internal sealed class Page(DressingRandom r, IFrame frame)
{
    private readonly List<string> lines = [];
    private int storyLines;

    public DressingRandom R => r;

    public IFrame Frame => frame;

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    // A line of the frame's own furniture that no kind names (a log line, a chat message).
    public void Raw(string line) => lines.Add(line);

    public void Chrome(NoiseKind kind, params string[] text) => Piece(new NoisePiece(kind, text));

    // A labelled piece on lines of its own; long lines are sometimes folded at a space, as a
    // fixed-width view (a pager, a fax, a galley) folds them.
    public void Piece(NoisePiece piece)
    {
        foreach (var line in piece.Lines)
        {
            lines.Add(Fold(r.Scuff(line, 0.15)));
        }
        Noise.Add(piece);
    }

    public void Para(string text, string before = "", string after = "")
    {
        lines.Add(frame.Prefix(this, storyLines++) + before + r.Scuff(text, 0.2) + after);
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, text));
    }

    // A post's lines go in as written: its link may be cut over lines, so no prefix is added.
    public void Post(ExpectedBlock post, IEnumerable<string> raw, IEnumerable<NoisePiece> chrome)
    {
        lines.AddRange(raw);
        Body.Add(post);
        Noise.AddRange(chrome);
    }

    private string Fold(string line)
    {
        if (!frame.FixedWidth || line.Length < 80 || !r.Chance(0.6))
        {
            return line;
        }
        var at = line.LastIndexOf(' ', r.Between(60, 76));
        return at > 20 ? line[..at] + "\n" + line[(at + 1)..] : line;
    }

    public string Text()
    {
        var newline = r.Chance(0.12) ? "\r\n" : "\n";
        var blank = r.Pick(0.0, 0.3, 0.9);
        var sb = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            sb.Append(line.Replace("\n", newline, StringComparison.Ordinal)).Append(newline);
            if (r.Chance(blank))
            {
                sb.Append(newline);
            }
        }
        return sb.ToString().TrimEnd();
    }
}

// A copy path: its head (app bar, prompt, cover sheet), what it writes before each story
// line, what it puts between paragraphs, and its tail (reports, other items, footers).
internal interface IFrame
{
    bool FixedWidth => false;

    void Head(Page p, Story s);

    string Prefix(Page p, int line) => "";

    // Called before each of the story's own paragraphs is written (a diff's older wording).
    void Before(Page p, string paragraph)
    {
    }

    void Between(Page p, Story s, int paragraph);

    void Tail(Page p, Story s);
}

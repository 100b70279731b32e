using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// The page being written: raw lines in the order a scraper meets them, and beside them what a
// reader would call story (Body) and chrome (Noise). Every piece is written and labelled in one
// call, so a label can never name a line the raw text does not hold.
internal sealed class Page(DressingRandom r, DressingPools pools, RawArticle article)
{
    private readonly List<string> lines = [];
    private readonly HashSet<string> usedStories = new(StringComparer.Ordinal);
    private readonly string ownText = TextReferee.Normalize(article.Text);

    public DressingRandom R => r;

    public DressingPools Pools => pools;

    public string? Title { get; } = article.Title is null ? null : TextReferee.Normalize(article.Title);

    // The day the story ran, for datelines and posts; the corpus was collected in summer 2015.
    public DateOnly Day { get; } = DateOnly.FromDateTime(article.PublishedAt ?? new DateTime(2015, 7, 21, 0, 0, 0, DateTimeKind.Unspecified));

    // The one paper whose chrome this copy carries (headline, footer, follow line).
    public string PaperName { get; } = StoryHeadChrome.Paper(r);

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    // A line written as it is (a post's parts, a link cut over lines): never scuffed.
    public void Write(string line) => lines.Add(line);

    public void Chrome(NoiseKind kind, params string[] pieceLines) => Piece(new NoisePiece(kind, pieceLines));

    public void Piece(NoisePiece piece)
    {
        foreach (var l in piece.Lines)
        {
            lines.Add(r.Scuff(l, 0.2));
        }
        Noise.Add(piece);
    }

    // A story line, written inside whatever markup the frame puts round it.
    public void Para(string text, string? written = null)
    {
        lines.Add(r.Scuff(written ?? text, 0.15));
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, text));
    }

    // A line of chrome glued onto a story line: before it (a dateline) or after it (a more-link).
    public void Glued(NoiseKind kind, string glue, string text, bool before, string? credit, string written)
    {
        var at = written.IndexOf(text, StringComparison.Ordinal);
        lines.Add(at < 0 ? (before ? glue + text : text + glue) : before ? written.Insert(at, glue) : written.Insert(at + text.Length, glue));
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, text));
        Noise.Add(new NoisePiece(kind, [glue.Trim()], Glued: true) { Credit = credit });
    }

    // Another story's title or lead, never this one's and never one already listed here.
    public string? OtherStory(bool lead = false)
    {
        for (var i = 0; i < 12; i++)
        {
            var pick = !lead && r.Chance(0.4) ? pools.RelatedTitle(r, Title) : null;
            pick ??= lead && pools.Leads.Count > 0 ? r.Pick(pools.Leads) : pools.Titles.Count > 0 ? r.Pick(pools.Titles) : null;
            if (pick is not null && pick != Title && !ownText.Contains(pick, StringComparison.Ordinal) && usedStories.Add(pick))
            {
                return pick;
            }
        }
        return null;
    }

    // A sentence of another story for a post's text, never one this story holds.
    public string? Sentence()
    {
        for (var i = 0; i < 8 && pools.Sentences.Count > 0; i++)
        {
            var s = pools.Sentences[r.Next(pools.Sentences.Count)];
            if (!ownText.Contains(s, StringComparison.Ordinal))
            {
                return s;
            }
        }
        return null;
    }

    // Lines apart by one break or a blank line; some copies carry CRLF breaks.
    public string Build()
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append(lines[i]);
            if (i < lines.Count - 1)
            {
                sb.Append(r.Chance(0.55) ? "\n\n" : "\n");
            }
        }
        var text = sb.ToString();
        return r.Chance(0.1) ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
    }
}

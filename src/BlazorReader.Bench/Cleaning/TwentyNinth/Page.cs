using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyNinth;

// One dressed page as it is written: raw lines in order, and beside them what a reader would
// call the story (paragraphs, posts) and what they would call chrome (labelled pieces).
internal sealed class Page(DressingRandom r, DressingPools pools, RawArticle article)
{
    private readonly List<string> lines = [];
    private readonly HashSet<int> lookAlikesUsed = [];

    public DressingRandom R { get; } = r;

    public DressingPools Pools { get; } = pools;

    public RawArticle Article { get; } = article;

    public string Paper { get; } = r.Pick(DressingPools.Papers);

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    public DateOnly Date { get; } = article.PublishedAt is { } at ? DateOnly.FromDateTime(at) : new DateOnly(2015, r.Between(7, 8), r.Between(1, 28));

    public void Chrome(NoiseKind kind, params string[] pieceLines) => Add(new NoisePiece(kind, pieceLines));

    public void Add(NoisePiece piece)
    {
        Noise.Add(piece);
        foreach (var line in piece.Lines)
        {
            lines.Add(R.Scuff(line, 0.25));
        }
    }

    // A story line, with chrome glued before or after it on the same raw line when a page ran
    // them together (a dateline before the lead, a more-link after the last sentence).
    public void Paragraph(string text, NoisePiece? before = null, string beforeJoin = " ", NoisePiece? after = null, string afterJoin = " ")
    {
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, text));
        var line = text;
        if (before is not null)
        {
            Noise.Add(before);
            line = before.Lines[0] + beforeJoin + line;
        }
        if (after is not null)
        {
            Noise.Add(after);
            line = line + afterJoin + after.Lines[0];
        }
        lines.Add(R.Scuff(line, 0.15));
    }

    // A line that looks like furniture but is the story's own; each at most once a page, kept
    // by its place in the list so that two wordings of one line (another speaker, another
    // figure) never both appear.
    public bool LookAlike(IReadOnlyList<string> candidates)
    {
        var fresh = Enumerable.Range(0, candidates.Count).Where(i => !lookAlikesUsed.Contains(i)).ToList();
        if (fresh.Count == 0)
        {
            return false;
        }
        var at = R.Pick<int>(fresh);
        lookAlikesUsed.Add(at);
        var text = candidates[at];
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, text));
        lines.Add(text);
        return true;
    }

    // A post: its block, and the raw lines it was flattened into (not scuffed: links stay whole).
    public void Post(ExpectedBlock post, IEnumerable<string> rawLines)
    {
        Body.Add(post);
        lines.AddRange(rawLines);
    }

    public void Raw(string line) => lines.Add(line);

    // Another story's title for a teaser: never this story's own title or text.
    public string? OtherTitle()
    {
        var own = TextReferee.Normalize(Article.Text);
        var title = TextReferee.Normalize(Article.Title ?? "");
        for (var i = 0; i < 6; i++)
        {
            var pick = (R.Chance(0.4) ? Pools.RelatedTitle(R, Article.Title) : null) ?? (Pools.Titles.Count > 0 ? R.Pick(Pools.Titles) : null);
            if (pick is not null && pick != title && !own.Contains(pick, StringComparison.Ordinal) && !Noise.Any(n => n.Teasers.Contains(pick)))
            {
                return pick;
            }
        }
        return null;
    }

    public List<string> OtherTitles(int count) => [.. Enumerable.Range(0, count).Select(_ => OtherTitle()).OfType<string>().Distinct()];

    public string Digits(int value) => R.Number(value);

    // A year is never grouped («2,015» is no year), only written in either script.
    public string Year(int year) => R.Chance(0.35) ? DressingRandom.ToArabicIndic(year.ToString(CultureInfo.InvariantCulture)) : year.ToString(CultureInfo.InvariantCulture);

    public string Text()
    {
        var newline = R.Pick("\n", "\n", "\r\n", "\n\n", "\r\n\r\n");
        var text = string.Join(newline, lines);
        return R.Chance(0.08) ? "\uFEFF" + text : text;
    }
}

using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// The page being written: raw lines as the scraper got them, what a reader calls the story
// and what they call chrome. A copy path sets Prefix and Suffix, the per-line markup its format puts round
// every line (a YAML indent, a gopher «i» and selector, a «<p>» pair, a table cell bar); that
// markup is the format's, not a piece of chrome a reader names, so it is left unlabelled and a
// cleaner that keeps it is scored by the body line it failed to give back whole.
internal sealed class Sheet(DressingRandom r, DressingPools pools, RawArticle article)
{
    public DressingRandom R { get; } = r;

    public DressingPools Pools { get; } = pools;

    public RawArticle Article { get; } = article;

    public List<string> Lines { get; } = [];

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    public string Prefix { get; set; } = "";

    public string Suffix { get; set; } = "";

    // A line between a post's lines where the frame has its own (a cell bar, a chunk head).
    public Action? PostGap { get; set; }

    public string Mark(string line) => Prefix + line + Suffix;

    // Format markup, labelled as nothing: headers, boundaries, tags, selectors.
    public void Raw(params string[] lines) => Lines.AddRange(lines);

    public void Blank()
    {
        if (R.Chance(0.6))
        {
            Lines.Add(R.Chance(0.1) ? "\u00A0" : "");
        }
    }

    public void Chrome(NoiseKind kind, params string[] lines) => Add(new NoisePiece(kind, lines), lines);

    public void Add(NoisePiece piece, IEnumerable<string>? written = null)
    {
        foreach (var line in written ?? piece.Lines)
        {
            Lines.Add(Mark(R.Scuff(line, 0.15)));
        }
        Noise.Add(piece);
    }

    public void Story(string text, string? before = null, string? after = null)
    {
        Lines.Add(Mark((before ?? "") + R.Scuff(text, 0.2) + (after ?? "")));
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, text));
    }

    // Other stories for teasers and read-alsos: never this one's title, never a line of it.
    public string? Other(bool lead = false)
    {
        var own = TextReferee.Normalize(Article.Title ?? "");
        var text = TextReferee.Normalize(Article.Text);
        for (var i = 0; i < 8; i++)
        {
            var pick = lead && Pools.Leads.Count > 0 ? R.Pick(Pools.Leads)
                : (R.Chance(0.3) ? Pools.RelatedTitle(R, Article.Title) : null) ?? (Pools.Titles.Count > 0 ? R.Pick(Pools.Titles) : null);
            if (pick is not null && pick != own && !text.Contains(pick, StringComparison.Ordinal) && !Noise.Any(n => n.Teasers.Contains(pick)))
            {
                return pick;
            }
        }
        return null;
    }

    public string Joined() => string.Join(R.Chance(0.1) ? "\r\n" : "\n", Lines);
}

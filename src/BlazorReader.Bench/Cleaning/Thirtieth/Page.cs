using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Thirtieth;

// The raw page as it is written, line by line, with what a reader would call each line: a
// paragraph or post of the story, a labelled piece of chrome, or an unlabelled scrap.
internal sealed class Page(DressingRandom r)
{
    private readonly List<string> lines = [];

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    // A line of the app that names nothing a reader would sort (a lone cue number, a URL's tail).
    public void Scrap(string written) => lines.Add(written);

    // Chrome on lines of its own; lines too short to find are still written but not labelled.
    public void Chrome(NoiseKind kind, params string[] texts) => Chrome(kind, null, [], texts);

    public void Chrome(NoiseKind kind, string? credit, IReadOnlyList<string> teasers, params string[] texts)
    {
        foreach (var t in texts)
        {
            lines.Add(r.Scuff(t, 0.2));
        }
        var labelled = texts.Select(TextReferee.Normalize).Where(t => t.Length >= 3).ToList();
        if (labelled.Count > 0)
        {
            Noise.Add(new NoisePiece(kind, labelled) { Credit = credit, Teasers = teasers });
        }
    }

    // Chrome written onto a body line: the caller writes the line, this records the piece.
    public void Glued(NoiseKind kind, string text, string? credit = null)
    {
        var t = TextReferee.Normalize(text);
        if (t.Length >= 2)
        {
            Noise.Add(new NoisePiece(kind, [t], Glued: true) { Credit = credit });
        }
    }

    public void Paragraph(string text, string? written = null)
    {
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, text));
        lines.Add(written ?? r.Scuff(text, 0.12));
    }

    public bool Has(NoiseKind kind) => Noise.Any(p => p.Kind == kind);

    public void Post(ExpectedBlock post) => Body.Add(post);

    // The page joined as its copy path leaves it: one break, blank lines between, or CRLF.
    public string Text()
    {
        var join = r.Pick("\n", "\n", "\n\n", "\n\n", "\r\n", "\n \n");
        return string.Join(join, lines);
    }

    // A piece whose line happened to equal a story line is no noise: keep the story's word.
    public List<NoisePiece> HonestNoise()
    {
        var body = Body.Select(b => ArticleScore.Flat(b.Text)).ToHashSet(StringComparer.Ordinal);
        return [.. Noise.Where(p => p.Kind == NoiseKind.Repeat || !p.Lines.Any(body.Contains))];
    }
}

namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A piece of furniture as a block: its lines scuffed as a scraped page leaves them (spacing,
// invisible marks), the label saying what a reader would call it.
internal static class Furniture
{
    public static Block Piece(DressingRandom r, NoiseKind kind, params string[] lines) => Piece(r, kind, (IEnumerable<string>)lines);

    public static Block Piece(DressingRandom r, NoiseKind kind, IEnumerable<string> lines)
    {
        var written = lines.Select(l => r.Scuff(l, 0.25)).ToList();
        return new Block(written, Noise: new NoisePiece(kind, written));
    }

    public static Block Teasers(DressingRandom r, NoiseKind kind, IReadOnlyList<string> lines, IReadOnlyList<string> teasers)
    {
        var written = lines.Select(l => r.Scuff(l, 0.2)).ToList();
        return new Block(written, Noise: new NoisePiece(kind, written) { Teasers = teasers });
    }

    public static Block Credit(DressingRandom r, string line, string credit)
    {
        var written = r.Scuff(line, 0.2);
        return new Block([written], Noise: new NoisePiece(NoiseKind.Credit, [written]) { Credit = credit });
    }

    // The title written into the text above the story, as the page's own heading.
    public static Block Headline(DressingRandom r, PageDraft page, string? kicker = null)
    {
        page.TitleInText = true;
        var line = kicker is null ? page.Title! : kicker + page.Title;
        return Piece(r, NoiseKind.Headline, line);
    }
}

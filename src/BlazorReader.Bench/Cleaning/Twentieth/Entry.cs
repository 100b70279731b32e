using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Twentieth;

// One thing written on the page: a body paragraph, a post the story embeds, or a piece of
// noise. The lines are exactly what goes into the raw text, so a label can never drift from
// what was written. Tight entries sit under the one before with no blank line, as the parts
// of one card or box do.
internal sealed record Entry(IReadOnlyList<string> Lines, ExpectedBlock? Block = null, NoisePiece? Piece = null)
{
    // A line of the corpus article itself, as opposed to body lines this catalogue writes.
    public bool Own { get; init; }

    public bool Tight { get; init; }

    public static Entry Noise(NoiseKind kind, params string[] lines) => new(lines, Piece: new NoisePiece(kind, lines));

    public static Entry Card(NoiseKind kind, params string[] lines) => Noise(kind, lines) with { Tight = true };

    public static Entry Teasers(IReadOnlyList<string> lines, IReadOnlyList<string> titles, NoiseKind kind = NoiseKind.Teaser) =>
        new(lines, Piece: new NoisePiece(kind, lines) { Teasers = titles });

    public static Entry Credited(NoiseKind kind, string line, string credit) => new([line], Piece: new NoisePiece(kind, [line]) { Credit = credit });

    // A line a reader counts as the story's own, written by this catalogue (a hotline, a
    // subheading, a verse): expected back whole.
    public static Entry Body(string text) => new([text], new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(text)));
}

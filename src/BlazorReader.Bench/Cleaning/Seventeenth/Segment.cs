using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Seventeenth;

// One run of lines on the page: a paragraph of the story, an embedded post, or a piece of
// furniture. What is written is what is labelled, so a label can always be found again.
internal sealed record Segment(IReadOnlyList<string> Lines, ExpectedBlock? Block = null, NoisePiece? Piece = null)
{
    // Written on the next line, without the page's usual gap (the parts of one card or box).
    public bool Tight { get; init; }

    // Links broken over lines must stay byte for byte, so no marks or odd spaces go in.
    public bool Untouched { get; init; }

    // Laid out as written (tabs between verses, doubled spaces); expected as a reader reads it.
    public static Segment Story(string text) => new([text], new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(text)));

    public static Segment Furniture(NoiseKind kind, params string[] lines) => new(lines, Piece: new NoisePiece(kind, Findable(lines)));

    public static Segment Furniture(NoiseKind kind, IReadOnlyList<string> lines, IReadOnlyList<string> teasers) =>
        new(lines, Piece: new NoisePiece(kind, Findable(lines)) { Teasers = teasers });

    public static Segment Credited(string line, string credit) => new([line], Piece: new NoisePiece(NoiseKind.Credit, [line]) { Credit = credit });

    // A line of one or two letters (a cue's number) is written but not labelled: too short to find.
    private static List<string> Findable(IReadOnlyList<string> lines) => [.. lines.Where(l => TextReferee.Normalize(l).Length >= 3)];

    public Segment Close() => this with { Tight = true };
}

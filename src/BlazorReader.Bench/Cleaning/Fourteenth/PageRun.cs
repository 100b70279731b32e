using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// A run of raw lines and what a reader calls it: a piece of furniture, a line of the story,
// or a post the story embeds. A line may hold a scraper's break (a link cut in two); the
// label then names each part, as each part is what a cleaner sees.
internal sealed record PageRun(IReadOnlyList<string> Lines, NoisePiece? Noise, ExpectedBlock? Body)
{
    // Furniture glued onto a story line: before it (a dateline, an inline alt text) or after it.
    public NoisePiece? Before { get; init; }

    public string Joiner { get; init; } = " ";

    public NoisePiece? After { get; init; }

    public string EndJoiner { get; init; } = " ";

    public bool IsStory => Body is { Kind: BlockKind.Paragraph };

    public static PageRun Chrome(NoiseKind kind, params string[] lines) => new(lines, new NoisePiece(kind, Labels(lines)), null);

    public static PageRun Chrome(NoiseKind kind, IEnumerable<string> lines) => Chrome(kind, [.. lines]);

    // Furniture that names other stories: the reader expects them listed as teasers.
    public static PageRun Naming(NoiseKind kind, IEnumerable<string> lines, IEnumerable<string> stories)
    {
        string[] all = [.. lines];
        return new(all, new NoisePiece(kind, Labels(all)) { Teasers = [.. stories] }, null);
    }

    // A line that says where the story came from; Credit is the name a reader would keep.
    public static PageRun Credited(string credit, params string[] lines) =>
        new(lines, new NoisePiece(NoiseKind.Credit, Labels(lines)) { Credit = credit }, null);

    public static PageRun Story(string line) => new([line], null, new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(line)));

    // A line the story was given here (a list's row, an interview's answer): furniture is
    // not placed between two of them, as an editor's list is not cut by an embed.
    public static PageRun Added(string line) => Story(line) with { IsAdded = true };

    public bool IsAdded { get; init; }

    public static PageRun Post(IReadOnlyList<string> lines, ExpectedBlock post) => new(lines, null, post);

    public static NoisePiece Glued(NoiseKind kind, string text) => new(kind, [text], Glued: true);

    private static List<string> Labels(IEnumerable<string> lines) =>
        [.. lines.SelectMany(l => l.Split('\n')).Where(l => TextReferee.Normalize(l).Length > 0)];
}

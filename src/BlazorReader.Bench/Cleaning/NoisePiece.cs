namespace BlazorReader.Bench.Cleaning;

// One piece of noise as it was written into the raw text. Glued pieces are written onto a
// body line (a dateline before the lead, a more-link after the last sentence) instead of on
// lines of their own. Teasers are the other stories' texts a reader would expect listed.
public sealed record NoisePiece(NoiseKind Kind, IReadOnlyList<string> Lines, bool Glued = false)
{
    public IReadOnlyList<string> Teasers { get; init; } = [];

    public string? Credit { get; init; }
}

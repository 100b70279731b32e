namespace BlazorReader.Bench.Cleaning.TwentySeventh;

// A copy path the story came through: the furniture that site or app puts above and below a
// news item, and sentences a story on that subject carries that look like its furniture but
// are the story's own (a reader keeps them).
internal sealed record PageFamily(
    string Name,
    IReadOnlyList<Func<DressingRandom, NoisePiece>> Head,
    IReadOnlyList<Func<DressingRandom, NoisePiece>> Tail,
    IReadOnlyList<Func<DressingRandom, string>> LookAlikes)
{
    public static NoisePiece Piece(NoiseKind kind, DressingRandom r, params string[] lines) =>
        new(kind, [.. lines.Select(l => r.Scuff(l, 0.2))]);
}

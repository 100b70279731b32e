namespace BlazorReader.Core.Related;

// Defaults tuned on the SaudiNewsNet corpus (see Evaluation): 3-row bands catch reworded
// agency copies near Jaccard 0.3 most of the time while unrelated pairs rarely collide.
public sealed record SameStoryOptions
{
    public int ShingleSize { get; init; } = Shingler.DefaultSize;

    public int Permutations { get; init; } = 126;

    public int RowsPerBand { get; init; } = 3;

    public ulong Seed { get; init; } = MinHasher.DefaultSeed;

    public double Threshold { get; init; } = 0.3;

    public TimeSpan Window { get; init; } = TimeSpan.FromDays(3);

    // One paper's second copy of its own article is a duplicate, not "another source".
    public bool RequireDifferentSource { get; init; } = true;

    public static SameStoryOptions Default { get; } = new();
}

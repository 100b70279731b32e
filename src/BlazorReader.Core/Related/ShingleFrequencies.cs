namespace BlazorReader.Core.Related;

// How many articles hold a shingle, approximately (a count-min sketch: fixed memory for
// millions of shingles, never an undercount). Shingles that many articles share are
// templates — the daily weather report, a prince's full list of titles — and make
// different stories look alike, so signatures leave them out.
public sealed class ShingleFrequencies
{
    private const int Depth = 4;
    private const int WidthBits = 22;
    private const int Width = 1 << WidthBits;

    private readonly ushort[] _counts = new ushort[Depth * Width];

    public void Add(ReadOnlySpan<ulong> shingles)
    {
        foreach (var shingle in shingles)
        {
            var current = Estimate(shingle);
            if (current == ushort.MaxValue)
            {
                continue;
            }

            // Conservative update: raise only the cells at the minimum, which keeps
            // overestimates from piling up.
            for (var row = 0; row < Depth; row++)
            {
                ref var cell = ref _counts[Cell(shingle, row)];
                if (cell == current)
                {
                    cell++;
                }
            }
        }
    }

    public int Estimate(ulong shingle)
    {
        var min = ushort.MaxValue;
        for (var row = 0; row < Depth; row++)
        {
            min = Math.Min(min, _counts[Cell(shingle, row)]);
        }

        return min;
    }

    private static int Cell(ulong shingle, int row) =>
        (row << WidthBits) | (int)(StableHash.Mix(shingle + (ulong)row) >> (64 - WidthBits));
}

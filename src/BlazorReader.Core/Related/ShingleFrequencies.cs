namespace BlazorReader.Core.Related;

// How many articles hold a shingle, approximately (a count-min sketch: fixed memory for
// millions of shingles, never an undercount). Shingles that many articles share are
// templates — the daily weather report, a prince's full list of titles — and make
// different stories look alike, so signatures leave them out. Counts stop at MaxCount: only
// "more than a few dozen articles?" is ever asked, and a byte a cell halves the sketch to 16 MB,
// held for the app's lifetime. (Stopping at 255 changes no answer below it: with conservative
// updates each cell is exactly the wider counter's value capped.)
public sealed class ShingleFrequencies
{
    private const int Depth = 4;
    private const int WidthBits = 22;
    private const int Width = 1 << WidthBits;

    public const int MaxCount = byte.MaxValue;

    private readonly byte[] counts = new byte[Depth * Width];

    public void Add(ReadOnlySpan<ulong> shingles)
    {
        foreach (var shingle in shingles)
        {
            var current = Estimate(shingle);
            if (current == MaxCount)
            {
                continue;
            }

            // Conservative update: raise only the cells at the minimum, which keeps
            // overestimates from piling up.
            for (var row = 0; row < Depth; row++)
            {
                ref var cell = ref counts[Cell(shingle, row)];
                if (cell == current)
                {
                    cell++;
                }
            }
        }
    }

    public int Estimate(ulong shingle)
    {
        var min = byte.MaxValue;
        for (var row = 0; row < Depth; row++)
        {
            min = Math.Min(min, counts[Cell(shingle, row)]);
        }

        return min;
    }

    private static int Cell(ulong shingle, int row) =>
        (row << WidthBits) | (int)(StableHash.Mix(shingle + (ulong)row) >> (64 - WidthBits));
}

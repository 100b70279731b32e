namespace BlazorReader.Core.Related;

// A set of non-negative ids as the gaps between them in ascending order, seven bits a byte
// (the high bit says another byte follows). An article's topical term ids are mostly small
// (common stems get their ids first), so its list takes under two bytes an id instead of four.
internal static class PackedIds
{
    public static byte[] Pack(ReadOnlySpan<int> ids)
    {
        var sorted = ids.ToArray();
        Array.Sort(sorted);
        var bytes = new List<byte>(sorted.Length * 2);
        var previous = 0;
        foreach (var id in sorted)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(id);
            var gap = (uint)(id - previous);
            previous = id;
            while (gap >= 0x80)
            {
                bytes.Add((byte)(gap | 0x80));
                gap >>= 7;
            }

            bytes.Add((byte)gap);
        }

        return [.. bytes];
    }

    public static int[] Unpack(byte[] packed)
    {
        ArgumentNullException.ThrowIfNull(packed);
        var ids = new List<int>(packed.Length);
        int previous = 0, gap = 0, shift = 0;
        foreach (var b in packed)
        {
            gap |= (b & 0x7F) << shift;
            shift += 7;
            if (b < 0x80)
            {
                previous += gap;
                ids.Add(previous);
                gap = 0;
                shift = 0;
            }
        }

        return [.. ids];
    }
}

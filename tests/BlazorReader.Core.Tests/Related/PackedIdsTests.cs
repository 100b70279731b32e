using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class PackedIdsTests
{
    [Theory]
    [InlineData(new int[0], 0)]
    [InlineData(new[] { 0 }, 1)]
    [InlineData(new[] { 127 }, 1)]
    [InlineData(new[] { 128 }, 2)]
    [InlineData(new[] { 0, 1, 2, 3 }, 4)]
    [InlineData(new[] { 100, 227 }, 2)]
    [InlineData(new[] { 100, 228 }, 3)]
    [InlineData(new[] { 16383, 16384 }, 3)]
    [InlineData(new[] { 1, int.MaxValue }, 6)]
    public void Packs_gaps_in_seven_bit_bytes_and_unpacks_them(int[] ids, int bytes)
    {
        var packed = PackedIds.Pack(ids);

        Assert.Equal(bytes, packed.Length);
        Assert.Equal(ids, PackedIds.Unpack(packed));
    }

    [Fact]
    public void Unpacks_in_ascending_order_whatever_the_order_packed() =>
        Assert.Equal([2, 40, 88_005], PackedIds.Unpack(PackedIds.Pack([88_005, 2, 40])));

    [Fact]
    public void Refuses_a_negative_id() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PackedIds.Pack([3, -1]));
}

using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

// Band 1 of 2 rows reads values 2 and 3 of a signature; the rest never matters.
public class BandBucketsTests
{
    private static uint[] Rows(uint a, uint b) => [9, 9, a, b];

    private static (BandBuckets Band, Dictionary<int, uint[]> Signatures) NewBand()
    {
        var signatures = new Dictionary<int, uint[]>();
        return (new BandBuckets(band: 1, rowsPerBand: 2, id => signatures[id]), signatures);
    }

    private static void Add(BandBuckets band, Dictionary<int, uint[]> signatures, int id, uint[] signature)
    {
        signatures[id] = signature;
        band.Add(id, signature);
    }

    // Each step: "+id a b" adds, "-id a b" removes; then the bucket of rows (5, 6) is checked.
    [Theory]
    [InlineData("+1 5 6", new[] { 1 }, 1)]
    [InlineData("+1 5 6,+2 5 6,+3 5 6", new[] { 1, 2, 3 }, 1)]
    [InlineData("+1 5 6,+2 5 7", new[] { 1 }, 2)]
    [InlineData("+1 5 6,+2 5 6,-1 5 6", new[] { 2 }, 1)]
    [InlineData("+1 5 6,+2 5 6,+3 5 6,-2 5 6", new[] { 1, 3 }, 1)]
    [InlineData("+1 5 6,-1 5 6", new int[0], 0)]
    [InlineData("+1 5 6,-1 5 6,+1 5 6", new[] { 1 }, 1)]
    [InlineData("+1 5 6,+2 5 6,-1 5 6,+1 5 6", new[] { 2, 1 }, 1)]
    [InlineData("+1 6 5", new int[0], 1)]
    public void Keeps_each_bucket_in_arrival_order(string steps, int[] expected, int buckets)
    {
        var (band, signatures) = NewBand();
        foreach (var step in steps.Split(','))
        {
            var parts = step[1..].Split(' ').Select(int.Parse).ToArray();
            var signature = Rows((uint)parts[1], (uint)parts[2]);
            if (step[0] == '+')
            {
                Add(band, signatures, parts[0], signature);
            }
            else
            {
                band.Remove(parts[0], signature);
            }
        }

        Assert.Equal(expected, band.Bucket(Rows(5, 6)).ToArray());
        Assert.Equal(buckets, band.Count);
    }

    [Fact]
    public void Buckets_that_land_on_one_slot_stay_apart()
    {
        var (band, signatures) = NewBand();
        // Far more buckets than the first table's slots, so homes collide and probes run on.
        for (var id = 0; id < 200; id++)
        {
            Add(band, signatures, id, Rows((uint)id, 0));
        }

        Assert.All(Enumerable.Range(0, 200), id => Assert.Equal([id], band.Bucket(Rows((uint)id, 0)).ToArray()));
        Assert.True(band.Capacity >= 2 * band.Count);
    }

    // Against a plain dictionary of lists, through growth, deleted slots and re-adding.
    [Fact]
    public void Matches_a_dictionary_through_adds_removes_and_growth()
    {
        var (band, signatures) = NewBand();
        var model = new Dictionary<(uint, uint), List<int>>();
        var random = new Random(2015);
        var live = new List<int>();
        for (var step = 0; step < 20_000; step++)
        {
            if (live.Count > 0 && random.Next(3) == 0)
            {
                var id = live[random.Next(live.Count)];
                live.Remove(id);
                var rows = (signatures[id][2], signatures[id][3]);
                band.Remove(id, signatures[id]);
                model[rows].Remove(id);
            }
            else
            {
                var id = step;
                // Few distinct rows, so many buckets are shared.
                var signature = Rows((uint)random.Next(300), (uint)random.Next(3));
                Add(band, signatures, id, signature);
                live.Add(id);
                model.TryAdd((signature[2], signature[3]), []);
                model[(signature[2], signature[3])].Add(id);
            }
        }

        Assert.All(model, pair => Assert.Equal(pair.Value, band.Bucket(Rows(pair.Key.Item1, pair.Key.Item2)).ToArray()));
        Assert.Equal(model.Count(p => p.Value.Count > 0), band.Count);
    }
}

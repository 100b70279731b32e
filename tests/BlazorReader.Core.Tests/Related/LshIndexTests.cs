using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class LshIndexTests
{
    private static readonly MinHasher Hasher = new(126);

    private static uint[] Signature(string text) => Hasher.Signature(Shingler.Shingles(text));

    // The index reads an indexed id's rows from the signature it was added with.
    private static LshIndex IndexOver(Dictionary<int, uint[]> signatures) =>
        new(bands: 42, rowsPerBand: 3, TimeSpan.FromDays(3), id => signatures[id]);

    // 30 July 2015 starts a 64-day block.
    private static readonly DateTime July = new(2015, 7, 30, 0, 0, 0, DateTimeKind.Utc);

    private static LshIndex IndexOfThree()
    {
        var signatures = new Dictionary<int, uint[]>
        {
            [1] = Signature(StoryTexts.CameronWire),
            [2] = Signature(StoryTexts.RiyadhWeather),
            [3] = Signature(StoryTexts.FootballTransfer),
        };
        var index = IndexOver(signatures);
        foreach (var (id, signature) in signatures)
        {
            index.Add(id, signature, July);
        }

        return index;
    }

    [Fact]
    public void Finds_the_reworded_copy_as_a_candidate() =>
        Assert.Contains(1, IndexOfThree().Candidates(Signature(StoryTexts.CameronReworded), July));

    [Fact]
    public void Does_not_offer_unrelated_stories() =>
        Assert.DoesNotContain(2, IndexOfThree().Candidates(Signature(StoryTexts.CameronReworded), July));

    [Fact]
    public void Rejects_a_signature_shorter_than_its_bands() =>
        Assert.Throws<ArgumentException>(() => IndexOfThree().Candidates(new uint[10], July));

    [Fact]
    public void A_removed_id_is_no_longer_a_candidate_and_its_buckets_are_gone()
    {
        var index = IndexOfThree();
        var buckets = index.BucketCount;
        index.Remove(1, Signature(StoryTexts.CameronWire));

        Assert.DoesNotContain(1, index.Candidates(Signature(StoryTexts.CameronReworded), July));
        Assert.Equal(buckets - index.Bands, index.BucketCount);
    }

    [Fact]
    public void Removing_one_id_from_a_shared_bucket_keeps_the_others()
    {
        var signature = Signature(StoryTexts.CameronWire);
        var index = IndexOver(new() { [1] = signature, [2] = signature, [3] = signature });
        index.Add(1, signature, July);
        index.Add(2, signature, July);
        index.Add(3, signature, July);
        index.Remove(1, signature);
        index.Remove(3, signature);

        Assert.Equal([2], index.Candidates(signature, July).Order());
        Assert.Equal(index.Bands, index.BucketCount);
    }

    // One text told on days around the block that starts on 30 July, and a year before.
    private static LshIndex OneTextOn(params double[] days)
    {
        var signature = Signature(StoryTexts.CameronWire);
        var index = IndexOver(Enumerable.Range(1, days.Length).ToDictionary(id => id, _ => signature));
        for (var id = 1; id <= days.Length; id++)
        {
            index.Add(id, signature, July.AddDays(days[id - 1]));
        }

        return index;
    }

    [Theory]
    [InlineData(-3.0, true)]
    [InlineData(3.0, true)]
    [InlineData(-66.0, false)]
    [InlineData(-365.0, false)]
    public void Offers_the_blocks_the_window_reaches_and_no_others(double day, bool offered) =>
        Assert.Equal(offered, OneTextOn(day).Candidates(Signature(StoryTexts.CameronWire), July).Contains(1));

    // Ids 1 and 3 fall in the block of 30 July, 2 and 4 in the one before; one bucket over
    // both would have held them in the order they came.
    [Fact]
    public void Candidates_from_two_blocks_come_in_arrival_order() =>
        Assert.Equal([1, 2, 3, 4], OneTextOn(0.5, -0.5, 1, -1).Candidates(Signature(StoryTexts.CameronWire), July.AddHours(-6)));
}

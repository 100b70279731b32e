using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class LshIndexTests
{
    private static readonly MinHasher Hasher = new(126);

    private static uint[] Signature(string text) => Hasher.Signature(Shingler.Shingles(text));

    private static LshIndex IndexOfThree()
    {
        var index = new LshIndex(bands: 42, rowsPerBand: 3);
        index.Add(1, Signature(StoryTexts.CameronWire));
        index.Add(2, Signature(StoryTexts.RiyadhWeather));
        index.Add(3, Signature(StoryTexts.FootballTransfer));
        return index;
    }

    [Fact]
    public void Finds_the_reworded_copy_as_a_candidate() =>
        Assert.Contains(1, IndexOfThree().Candidates(Signature(StoryTexts.CameronReworded)));

    [Fact]
    public void Does_not_offer_unrelated_stories() =>
        Assert.DoesNotContain(2, IndexOfThree().Candidates(Signature(StoryTexts.CameronReworded)));

    [Fact]
    public void Rejects_a_signature_shorter_than_its_bands() =>
        Assert.Throws<ArgumentException>(() => IndexOfThree().Candidates(new uint[10]));

    [Fact]
    public void A_removed_id_is_no_longer_a_candidate_and_its_buckets_are_gone()
    {
        var index = IndexOfThree();
        var buckets = index.BucketCount;
        index.Remove(1, Signature(StoryTexts.CameronWire));

        Assert.DoesNotContain(1, index.Candidates(Signature(StoryTexts.CameronReworded)));
        Assert.Equal(buckets - index.Bands, index.BucketCount);
    }

    [Fact]
    public void Removing_one_id_from_a_shared_bucket_keeps_the_others()
    {
        var index = new LshIndex(bands: 42, rowsPerBand: 3);
        var signature = Signature(StoryTexts.CameronWire);
        index.Add(1, signature);
        index.Add(2, signature);
        index.Add(3, signature);
        index.Remove(1, signature);
        index.Remove(3, signature);

        Assert.Equal([2], index.Candidates(signature).Order());
        Assert.Equal(index.Bands, index.BucketCount);
    }
}

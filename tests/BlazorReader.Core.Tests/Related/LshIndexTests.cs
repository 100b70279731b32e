using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class LshIndexTests
{
    private static readonly MinHasher Hasher = new(126);

    private static uint[] Signature(string text) => Hasher.Signature(Shingler.Shingles(text));

    // The index reads an indexed id's rows from the signature it was added with.
    private static LshIndex IndexOver(Dictionary<int, uint[]> signatures) =>
        new(bands: 42, rowsPerBand: 3, id => signatures[id]);

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
            index.Add(id, signature);
        }

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
        var signature = Signature(StoryTexts.CameronWire);
        var index = IndexOver(new() { [1] = signature, [2] = signature, [3] = signature });
        index.Add(1, signature);
        index.Add(2, signature);
        index.Add(3, signature);
        index.Remove(1, signature);
        index.Remove(3, signature);

        Assert.Equal([2], index.Candidates(signature).Order());
        Assert.Equal(index.Bands, index.BucketCount);
    }
}

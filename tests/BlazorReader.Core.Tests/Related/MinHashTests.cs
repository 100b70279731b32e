using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class MinHashTests
{
    private static double Similarity(string left, string right)
    {
        var hasher = new MinHasher();
        return MinHasher.EstimateJaccard(hasher.Signature(Shingler.Shingles(left)), hasher.Signature(Shingler.Shingles(right)));
    }

    [Fact]
    public void Identical_texts_have_similarity_one() =>
        Assert.Equal(1.0, Similarity(StoryTexts.CameronWire, StoryTexts.CameronWire));

    [Fact]
    public void Disjoint_texts_have_similarity_near_zero() =>
        Assert.True(Similarity(StoryTexts.CameronWire, StoryTexts.RiyadhWeather) < 0.05);

    [Fact]
    public void A_reworded_agency_copy_with_another_dateline_stays_similar() =>
        Assert.True(Similarity(StoryTexts.CameronWire, StoryTexts.CameronReworded) > 0.6);

    [Fact]
    public void Signatures_are_the_same_from_separate_instances()
    {
        var shingles = Shingler.Shingles(StoryTexts.CameronWire);
        Assert.Equal(new MinHasher().Signature(shingles), new MinHasher().Signature(shingles));
    }

    [Fact]
    public void Signatures_do_not_depend_on_the_process()
    {
        // Pinned values: a change here means stored signatures from earlier runs no longer match.
        var signature = new MinHasher(permutations: 2).Signature(Shingler.Shingles("وزير الخارجية السعودي"));
        Assert.Equal(PinnedSignature, signature);
    }

    [Fact]
    public void An_empty_text_resembles_nothing() =>
        Assert.Equal(0.0, Similarity("", ""));

    [Theory]
    [InlineData("قال وزير الخارجية السعودي اليوم", 3, 3)]
    [InlineData("وزير الخارجية", 3, 1)]
    [InlineData("", 3, 0)]
    public void Makes_one_shingle_per_window_of_stems(string text, int size, int expected) =>
        Assert.Equal(expected, Shingler.Shingles(text, size).Length);

    [Fact]
    public void Spelling_variants_make_the_same_shingles() =>
        Assert.Equal(Shingler.Shingles("الإمارات العربية المتحدة"), Shingler.Shingles("الامارات العربيه المتحده"));

    private static readonly uint[] PinnedSignature = [2377475280, 522758925];
}

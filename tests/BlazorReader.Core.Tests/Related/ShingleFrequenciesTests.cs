using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class ShingleFrequenciesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(46)]
    public void Counts_the_articles_holding_a_shingle(int articles)
    {
        var frequencies = new ShingleFrequencies();
        var shingles = Shingler.Shingles(StoryTexts.RiyadhWeather);
        for (var i = 0; i < articles; i++)
        {
            frequencies.Add(shingles);
        }

        Assert.All(shingles, s => Assert.Equal(articles, frequencies.Estimate(s)));
    }

    [Fact]
    public void Counts_stop_at_the_most_a_cell_holds()
    {
        var frequencies = new ShingleFrequencies();
        var shingles = Shingler.Shingles(StoryTexts.RiyadhWeather);
        for (var i = 0; i < ShingleFrequencies.MaxCount + 10; i++)
        {
            frequencies.Add(shingles);
        }

        Assert.All(shingles, s => Assert.Equal(ShingleFrequencies.MaxCount, frequencies.Estimate(s)));
    }

    [Fact]
    public void Refuses_a_template_limit_the_counts_cannot_reach() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoryFingerprinter(SameStoryOptions.Default with { MaxShingleArticles = ShingleFrequencies.MaxCount }));

    [Fact]
    public void Leaves_template_shingles_out_of_signatures()
    {
        var fingerprinter = new StoryFingerprinter(SameStoryOptions.Default with { MaxShingleArticles = 2 });
        var template = new RelatedDocument(1, "", StoryTexts.RiyadhWeather, "okaz", DateTime.UnixEpoch);
        for (var i = 0; i < 3; i++)
        {
            fingerprinter.Count(fingerprinter.Read(template));
        }

        var story = new RelatedDocument(2, "", StoryTexts.RiyadhWeather + " " + StoryTexts.FootballTransfer, "okaz", DateTime.UnixEpoch);
        var fingerprint = fingerprinter.Fingerprint(story, fingerprinter.Read(story));

        Assert.Equal(Shingler.Shingles(StoryTexts.FootballTransfer).Length + 2, fingerprint.ShingleCount);
    }

    [Fact]
    public void Leaves_a_papers_own_recurring_wording_out_of_its_signatures() =>
        Assert.Equal(Shingler.Shingles(StoryTexts.FootballTransfer).Length + 2, ShinglesSignedAfterThreeNotices(storySource: "okaz"));

    [Fact]
    public void Another_papers_recurring_wording_stays_in_this_papers_signatures() =>
        Assert.Equal(Shingler.Shingles(StoryTexts.RiyadhWeather + " " + StoryTexts.FootballTransfer).Length, ShinglesSignedAfterThreeNotices(storySource: "alyaum"));

    // okaz prints the weather notice three times; then a story holding it comes from storySource.
    private static int ShinglesSignedAfterThreeNotices(string storySource)
    {
        var fingerprinter = new StoryFingerprinter(SameStoryOptions.Default with { MaxSourceRepeats = 2 });
        var notice = new RelatedDocument(1, "", StoryTexts.RiyadhWeather, "okaz", DateTime.UnixEpoch);
        for (var i = 0; i < 3; i++)
        {
            fingerprinter.Count(fingerprinter.Read(notice));
        }

        var story = new RelatedDocument(2, "", StoryTexts.RiyadhWeather + " " + StoryTexts.FootballTransfer, storySource, DateTime.UnixEpoch);
        return fingerprinter.Fingerprint(story, fingerprinter.Read(story)).ShingleCount;
    }
}

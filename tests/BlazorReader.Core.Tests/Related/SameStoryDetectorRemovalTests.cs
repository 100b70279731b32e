using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class SameStoryDetectorRemovalTests
{
    private static readonly DateTime Monday = new(2015, 7, 20, 9, 0, 0, DateTimeKind.Utc);

    private static RelatedDocument Story(int id, string body, string source, int dayOffset = 0) =>
        new(id, "", body, source, Monday.AddDays(dayOffset));

    // Paper 1 kept the first two thirds of the wire, paper 3 the last two thirds: they are
    // one story only through paper 2, which printed all of it.
    private static SameStoryDetector ChainedThroughTheFullWire()
    {
        var words = StoryTexts.CameronWire.Split(' ');
        var twoThirds = words.Length * 2 / 3;
        var detector = new SameStoryDetector(SameStoryOptions.Default with { Threshold = 0.5, ClusterThreshold = 0.15 });
        detector.Add(Story(1, string.Join(' ', words[..twoThirds]), "aawsat"));
        detector.Add(Story(2, StoryTexts.CameronWire, "okaz"));
        detector.Add(Story(3, string.Join(' ', words[^twoThirds..]), "riyadh"));
        return detector;
    }

    [Fact]
    public void Removing_the_article_that_held_a_story_together_splits_its_cluster()
    {
        var detector = ChainedThroughTheFullWire();
        Assert.Equal(1, detector.ClusterOf(3));

        var touched = detector.Remove(2);

        Assert.Equal([1, 3], touched.Order());
        Assert.Equal(1, detector.ClusterOf(1));
        Assert.Equal(3, detector.ClusterOf(3));
        Assert.Empty(detector.TwinsOf(1));
        Assert.Empty(detector.TwinsOf(3));
    }

    [Fact]
    public void Removing_a_twin_keeps_the_cluster_the_others_still_link()
    {
        var detector = new SameStoryDetector();
        foreach (var article in CorpusFixture.Load("kadyrov-in-jeddah.json"))
        {
            detector.Add(article);
        }

        detector.Remove(2);

        // 1 and 4 («يصل إلى جدة» in both headlines) are also linked by their headlines.
        Assert.Equal([3, 4], detector.TwinsOf(1).Select(t => t.ArticleId));
        int[] left = [1, 3, 4];
        Assert.Equal([1, 1, 1], left.Select(detector.ClusterOf));
        Assert.Equal(3, detector.Count);
    }

    [Fact]
    public void A_later_copy_becomes_the_first_when_the_first_is_removed()
    {
        var detector = new SameStoryDetector();
        detector.Add(Story(5, StoryTexts.CameronWire, "aawsat"));
        detector.Add(Story(8, StoryTexts.CameronWire + " والله الموفق", "aawsat", dayOffset: 1));
        detector.Add(Story(9, StoryTexts.CameronWire + " والله ولي التوفيق", "aawsat", dayOffset: 1));

        detector.Remove(5);

        Assert.Null(detector.CopyOf(8));
        Assert.Equal(8, detector.CopyOf(9));
    }

    [Fact]
    public void Removing_an_unknown_id_touches_nothing()
    {
        var detector = ChainedThroughTheFullWire();
        Assert.Empty(detector.Remove(42));
        Assert.Equal(3, detector.Count);
        Assert.Equal([2, 3], detector.TwinsOf(1).Select(t => t.ArticleId));
    }
}

using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class SameStoryDetectorTests
{
    private static readonly DateTime Monday = new(2015, 7, 20, 9, 0, 0, DateTimeKind.Utc);

    private static RelatedDocument Story(int id, string body, string source, int dayOffset = 0) =>
        new(id, "", body, source, Monday.AddDays(dayOffset));

    private static SameStoryDetector KadyrovInJeddah()
    {
        var detector = new SameStoryDetector();
        foreach (var article in CorpusFixture.Load("kadyrov-in-jeddah.json"))
        {
            detector.Add(article);
        }

        return detector;
    }

    // 1 and 4 share too little text, but both headlines say the Chechen president arrives in
    // Jeddah: the headline evidence links them (issue 15).
    [Theory]
    [InlineData(1, new[] { 2, 3, 4 })]
    [InlineData(2, new[] { 1, 3, 4 })]
    [InlineData(3, new[] { 1, 2, 4 })]
    [InlineData(4, new[] { 1, 2, 3 })]
    public void Links_one_agency_report_across_the_papers_that_printed_it(int id, int[] twins) =>
        Assert.Equal(twins, KadyrovInJeddah().TwinsOf(id).Select(t => t.ArticleId).Order());

    [Fact]
    public void Links_the_same_story_from_three_newspapers()
    {
        var detector = new SameStoryDetector();
        detector.Add(Story(1, StoryTexts.CameronWire, "aawsat"));
        detector.Add(Story(2, StoryTexts.CameronReworded, "okaz"));
        detector.Add(Story(3, StoryTexts.CameronWire + " والله الموفق", "riyadh"));

        Assert.Equal([2, 3], detector.TwinsOf(1).Select(t => t.ArticleId).Order());
        Assert.Equal([1, 3], detector.TwinsOf(2).Select(t => t.ArticleId).Order());
        Assert.Equal([1, 2], detector.TwinsOf(3).Select(t => t.ArticleId).Order());
    }

    [Fact]
    public void Puts_the_three_copies_in_one_cluster_named_by_the_smallest_id()
    {
        var detector = new SameStoryDetector();
        detector.Add(Story(7, StoryTexts.CameronWire, "aawsat"));
        detector.Add(Story(4, StoryTexts.CameronReworded, "okaz"));
        detector.Add(Story(9, StoryTexts.RiyadhWeather, "riyadh"));

        Assert.Equal(4, detector.ClusterOf(7));
        Assert.Equal(4, detector.ClusterOf(4));
        Assert.Equal(9, detector.ClusterOf(9));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(3, true)]
    [InlineData(-3, true)]
    [InlineData(4, false)]
    [InlineData(-10, false)]
    public void Matches_only_within_three_days(int dayOffset, bool linked)
    {
        var detector = new SameStoryDetector();
        detector.Add(Story(1, StoryTexts.CameronWire, "aawsat"));
        var twins = detector.Add(Story(2, StoryTexts.CameronReworded, "okaz", dayOffset));
        Assert.Equal(linked, twins.Any(t => t.ArticleId == 1));
    }

    [Fact]
    public void Does_not_call_a_second_copy_from_the_same_paper_another_source()
    {
        var detector = new SameStoryDetector();
        detector.Add(Story(1, StoryTexts.CameronWire, "aawsat"));
        Assert.Empty(detector.Add(Story(2, StoryTexts.CameronWire, "aawsat")));
    }

    [Fact]
    public void Adding_one_article_links_it_to_the_stories_already_indexed()
    {
        var detector = new SameStoryDetector();
        detector.Add(Story(1, StoryTexts.CameronWire, "aawsat"));
        detector.Add(Story(2, StoryTexts.FootballTransfer, "riyadh"));

        var found = detector.Add(Story(3, StoryTexts.CameronReworded, "okaz"));

        Assert.Equal([1], found.Select(t => t.ArticleId));
        Assert.Equal([3], detector.TwinsOf(1).Select(t => t.ArticleId));
    }

    [Fact]
    public void Unrelated_stories_have_no_twins()
    {
        var detector = new SameStoryDetector();
        detector.Add(Story(1, StoryTexts.RiyadhWeather, "aawsat"));
        detector.Add(Story(2, StoryTexts.FootballTransfer, "okaz"));
        Assert.Empty(detector.TwinsOf(1));
    }

    [Fact]
    public void Refuses_the_same_id_twice()
    {
        var detector = new SameStoryDetector();
        detector.Add(Story(1, StoryTexts.RiyadhWeather, "aawsat"));
        Assert.Throws<InvalidOperationException>(() => detector.Add(Story(1, StoryTexts.RiyadhWeather, "aawsat")));
    }

    [Fact]
    public void Marks_a_papers_second_copy_of_its_own_article_as_a_copy_of_the_first()
    {
        var detector = new SameStoryDetector();
        detector.Add(Story(5, StoryTexts.CameronWire, "aawsat"));
        detector.Add(Story(8, StoryTexts.CameronWire + " والله الموفق", "aawsat", dayOffset: 1));
        Assert.Equal(5, detector.CopyOf(8));
        Assert.Null(detector.CopyOf(5));
    }

    [Fact]
    public void Lists_the_whole_cluster_when_two_copies_meet_only_through_a_third()
    {
        // Paper 1 kept the first two thirds of the wire, paper 3 the last two thirds.
        var words = StoryTexts.CameronWire.Split(' ');
        var twoThirds = words.Length * 2 / 3;
        var detector = new SameStoryDetector(SameStoryOptions.Default with { Threshold = 0.5, ClusterThreshold = 0.15 });
        detector.Add(Story(1, string.Join(' ', words[..twoThirds]), "aawsat"));
        detector.Add(Story(2, StoryTexts.CameronWire, "okaz"));
        detector.Add(Story(3, string.Join(' ', words[^twoThirds..]), "riyadh"));

        Assert.InRange(detector.Similarity(1, 3), 0.15, 0.5);
        Assert.Equal([2, 3], detector.TwinsOf(1).Select(t => t.ArticleId));
    }
}

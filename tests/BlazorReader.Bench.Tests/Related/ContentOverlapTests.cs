using BlazorReader.Bench.Related;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Tests.Related;

public class ContentOverlapTests
{
    private const string Shared = "أعلنت وزارة الداخلية اليوم القبض على خلية إرهابية في مدينة الرياض تضم ستة أشخاص كانوا يخططون لتنفيذ هجمات على منشآت حكومية";
    private static readonly DateTime Day = new(2015, 7, 21, 8, 0, 0, DateTimeKind.Utc);

    // Fourteen papers print one sentence (more than the 12 articles a shingle may be in to
    // count as plain overlap), each with words of its own.
    private static List<RelatedDocument> Papers(Func<int, DateTime> dateOf) =>
        [.. Enumerable.Range(0, 14).Select(i => new RelatedDocument(i, "عنوان", $"{Shared} وقال مراسل الصحيفة رقم {i} إن التفاصيل {i} ستعلن لاحقا", "paper" + i, dateOf(i)))];

    [Fact]
    public void A_big_storys_own_wording_counts_only_in_story_containment()
    {
        var overlap = new ContentOverlap(Papers(i => Day.AddHours(i)), LabelledPairs.Comparable);
        Assert.Equal(0, overlap.Containment(0, 1));
        Assert.True(overlap.StoryContainment(0, 1) > 0.5);
    }

    [Fact]
    public void Wording_that_recurs_across_weeks_is_a_template_and_never_counts()
    {
        // The first two on one day, the others a week apart each: a template's pattern.
        var overlap = new ContentOverlap(Papers(i => i < 2 ? Day : Day.AddDays(7 * i)), LabelledPairs.Comparable);
        Assert.Equal((0.0, 0.0), (overlap.Containment(0, 1), overlap.StoryContainment(0, 1)));
    }

    [Fact]
    public void Wording_in_few_articles_counts_in_both()
    {
        var few = Papers(i => Day).Take(3).ToList();
        var overlap = new ContentOverlap(few, LabelledPairs.Comparable);
        Assert.True(overlap.Containment(0, 1) > 0.5);
        Assert.Equal(overlap.Containment(0, 1), overlap.StoryContainment(0, 1));
    }
}

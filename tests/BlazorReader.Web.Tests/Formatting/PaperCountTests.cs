using BlazorReader.Web.Formatting;

namespace BlazorReader.Web.Tests.Formatting;

public sealed class PaperCountTests
{
    [Theory]
    [InlineData(1, "في صحيفة واحدة")]
    [InlineData(2, "في صحيفتين")]
    [InlineData(3, "في 3 صحف")]
    [InlineData(10, "في 10 صحف")]
    [InlineData(11, "في 11 صحيفة")]
    [InlineData(25, "في 25 صحيفة")]
    public void Says_how_many_papers_with_arabic_number_agreement(int papers, string expected) =>
        Assert.Equal(expected, PaperCount.Format(papers));

    [Fact]
    public void A_story_of_one_day_spans_that_day_alone()
    {
        var day = new DateTime(2015, 5, 3, 8, 0, 0, DateTimeKind.Utc);
        Assert.Equal("3 مايو 2015", PaperCount.Span(day, day.AddHours(10)));
        Assert.Equal("3 مايو 2015 – 5 مايو 2015", PaperCount.Span(day, day.AddDays(2)));
    }
}

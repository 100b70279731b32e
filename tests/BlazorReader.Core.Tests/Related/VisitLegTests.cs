using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class VisitLegTests
{
    [Theory]
    [InlineData("ولي ولي العهد يصل إلى الأردن تلبية لدعوة من الملك عبدالله", VisitLeg.Arrival)]
    [InlineData("ولي ولي العهد يختتم زيارته إلى الأردن", VisitLeg.Departure)]
    [InlineData("ولي ولي العهد يغادر الأردن", VisitLeg.Departure)]
    [InlineData("الرئيس الشيشاني زار المسجد النبوي وغادر جدة", VisitLeg.Departure)]
    [InlineData("ولي ولي العهد يبحث مع ملك الأردن العلاقات الثنائية", VisitLeg.None)]
    public void Reads_which_leg_of_a_visit_a_headline_reports(string title, VisitLeg leg) =>
        Assert.Equal(leg, VisitLegs.Of(title));

    [Fact]
    public void A_headline_naming_both_legs_reports_neither() =>
        Assert.Equal(VisitLeg.None, VisitLegs.Of("الوفد يصل الرياض بعد أن غادر جدة"));

    [Fact]
    public void The_arrival_and_the_departure_of_one_visit_are_not_one_story()
    {
        var detector = new SameStoryDetector();
        var (arrival, departure) = Visit();
        detector.Add(arrival);

        Assert.Empty(detector.Add(departure));
    }

    [Fact]
    public void The_same_two_reports_link_when_one_headline_names_no_leg()
    {
        var detector = new SameStoryDetector();
        var (arrival, departure) = Visit();
        detector.Add(arrival);

        Assert.Equal([arrival.Id], detector.Add(departure with { Title = "ولي ولي العهد في الأردن" }).Select(t => t.ArticleId));
    }

    private static (RelatedDocument Arrival, RelatedDocument Departure) Visit()
    {
        var articles = CorpusFixture.Load("visit-arrival-and-departure.json");
        return (articles[0], articles[1]);
    }
}

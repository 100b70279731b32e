using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class TopicalIndexTests
{
    private static readonly DateTime Day = new(2015, 7, 21, 0, 0, 0, DateTimeKind.Utc);

    private static StoryDocument Doc(int id, string title, string body, int days = 0) => new(id, title, body, "x", Day.AddDays(days));

    private static TopicalIndex Index()
    {
        var index = new TopicalIndex();
        index.Add(Doc(1, "الهلال يفوز على النصر في الدوري", "فاز فريق الهلال على النصر بهدفين في مباراة الدوري السعودي لكرة القدم على ملعب الملك فهد."));
        index.Add(Doc(2, "النصر يخسر أمام الهلال", "خسر النصر أمام الهلال في الدوري السعودي وسجل مهاجم الهلال الهدفين في الشوط الثاني."));
        index.Add(Doc(3, "ارتفاع أسعار النفط", "ارتفعت أسعار النفط في الأسواق العالمية بعد تراجع المخزونات الأمريكية وتوقعات الطلب."));
        index.Add(Doc(4, "مدرب الهلال يتحدث عن الدوري", "قال مدرب الهلال إن الفريق يستعد لمباريات الدوري السعودي بعد الفوز على النصر.", days: 200));
        return index;
    }

    [Fact]
    public void Finds_the_story_on_the_same_topic_first()
    {
        Assert.Equal(2, Index().Neighbours(1, 5)[0].Id);
    }

    [Fact]
    public void Does_not_offer_an_unrelated_story()
    {
        Assert.DoesNotContain(Index().Neighbours(1, 5), n => n.Id == 3);
    }

    [Fact]
    public void Prefers_recent_stories_over_old_ones_on_the_same_topic()
    {
        var neighbours = Index().Neighbours(1, 5).Select(n => n.Id).ToList();
        Assert.True(neighbours.IndexOf(2) < neighbours.IndexOf(4));
    }

    [Fact]
    public void Never_returns_the_article_itself_and_forgets_a_removed_one()
    {
        var index = Index();
        index.Remove(2);
        Assert.DoesNotContain(index.Neighbours(1, 5), n => n.Id is 1 or 2);
    }
}

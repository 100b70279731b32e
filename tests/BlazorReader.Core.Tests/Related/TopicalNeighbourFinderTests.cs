using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class TopicalNeighbourFinderTests
{
    private static readonly DateTime July = new(2015, 7, 21, 8, 0, 0, DateTimeKind.Utc);

    private static RelatedDocument Doc(int id, string title, string body, int dayOffset = 0, string source = "okaz") =>
        new(id, title, body, source, July.AddDays(dayOffset));

    private static RelatedDocument[] Articles(int hilalTransferDay = 0) =>
    [
        Doc(1, "الهلال يتعاقد مع لاعب برازيلي", StoryTexts.FootballTransfer),
        Doc(2, "الأرصاد: غبار على الشرقية", StoryTexts.RiyadhWeather),
        Doc(3, "كاميرون يعلن استراتيجية لمكافحة التطرف", StoryTexts.CameronWire),
        Doc(4, "الهلال يضم لاعب وسط جديدا قبل الدوري", "أكد نادي الهلال ضم لاعب الوسط الجديد بعقد لثلاثة مواسم استعدادا للدوري السعودي للمحترفين", hilalTransferDay),
        Doc(5, "ارتفاع درجات الحرارة في الرياض", "تشهد الرياض ارتفاعا في درجات الحرارة مع نشاط الرياح المثيرة للغبار"),
    ];

    private static TopicalNeighbourFinder Corpus(int hilalTransferDay = 0) => Finder(Articles(hilalTransferDay));

    private static TopicalNeighbourFinder Finder(IEnumerable<RelatedDocument> articles)
    {
        var finder = new TopicalNeighbourFinder();
        foreach (var article in articles)
        {
            finder.Add(article);
        }

        return finder;
    }

    [Fact]
    public void Finds_the_article_on_the_same_topic_first() =>
        Assert.Equal(4, Corpus().Query(1, 3)[0].ArticleId);

    [Fact]
    public void Never_returns_the_article_itself() =>
        Assert.DoesNotContain(1, Corpus().Query(1, 10).Select(n => n.ArticleId));

    [Fact]
    public void Returns_no_more_than_k_best_first()
    {
        var found = Corpus().Query(2, 1);
        Assert.Equal([5], found.Select(n => n.ArticleId));
    }

    [Fact]
    public void Prefers_recent_neighbours_over_old_ones()
    {
        var near = Corpus(hilalTransferDay: 2).Query(1, 1)[0].Score;
        var far = Corpus(hilalTransferDay: 60).Query(1, 1)[0].Score;
        Assert.True(far < near / 3, $"near {near}, far {far}");
    }

    [Fact]
    public void Counts_title_words_more_than_body_words()
    {
        var finder = new TopicalNeighbourFinder();
        finder.Add(Doc(1, "أسعار النفط", "قال المحللون في تقرير الأسبوع ان أسعار الذهب تراجعت"));
        finder.Add(Doc(2, "النفط يرتفع", "ارتفعت أسعار النفط في الأسواق العالمية"));
        finder.Add(Doc(3, "الذهب يتراجع", "تراجعت أسعار الذهب في الأسواق العالمية"));
        Assert.Equal(2, finder.Query(1, 2)[0].ArticleId);
    }

    [Fact]
    public void Finds_a_newcomer_by_its_text_before_and_after_it_is_added()
    {
        var finder = Corpus();
        var newcomer = Doc(6, "الهلال يكشف عن لاعبه البرازيلي الجديد", "قدم نادي الهلال لاعب الوسط البرازيلي الجديد في مؤتمر صحفي");
        Assert.Contains(finder.Query(newcomer, 2), n => n.ArticleId is 1 or 4);

        finder.Add(newcomer);

        Assert.Contains(6, finder.Query(4, 3).Select(n => n.ArticleId));
    }

    [Fact]
    public void An_unknown_id_has_no_neighbours() =>
        Assert.Empty(Corpus().Query(99, 5));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Removing_an_article_answers_as_a_corpus_that_never_had_it(int removed)
    {
        var finder = Corpus();
        finder.Remove(removed);

        var without = Finder(Articles().Where(a => a.Id != removed));
        Assert.Equal(4, finder.Count);
        Assert.All(Enumerable.Range(1, 5), id => Assert.Equal(without.Query(id, 5), finder.Query(id, 5)));
    }
}

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

    private static readonly TopicalOptions Unbounded = new() { HorizonDays = double.PositiveInfinity };

    // The five articles told again every `step` days, ten times, from 150 days before July on:
    // ids 10 to 14 the first time, 20 to 24 the next, and so on.
    private static RelatedDocument[] Retold(int step) =>
        [.. Enumerable.Range(1, 10).SelectMany(time => Articles().Select(a => a with { Id = time * 10 + a.Id - 1, PublishedAt = July.AddDays(time * step - 150) }))];

    private static TopicalNeighbourFinder Finder(IEnumerable<RelatedDocument> articles, TopicalOptions? options = null)
    {
        var finder = new TopicalNeighbourFinder(options);
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

    [Theory]
    [InlineData(365, true)]
    [InlineData(-365, true)]
    [InlineData(366, false)]
    [InlineData(-366, false)]
    [InlineData(3650, false)]
    public void Returns_no_neighbour_beyond_the_horizon(int hilalTransferDay, bool found) =>
        Assert.Equal(found, Corpus(hilalTransferDay).Query(1, 5).Any(n => n.ArticleId == 4));

    [Fact]
    public void An_endless_horizon_reaches_every_year() =>
        Assert.Contains(Finder(Articles(hilalTransferDay: 3650), Unbounded).Query(1, 5), n => n.ArticleId == 4);

    // 37 days apart, the ten tellings span 333 days and cross five 64-day blocks.
    [Fact]
    public void Within_the_horizon_answers_as_a_finder_that_walks_every_block()
    {
        var bounded = Finder(Retold(37));
        var unbounded = Finder(Retold(37), Unbounded);

        Assert.All(Retold(37), a => Assert.Equal(unbounded.Query(a.Id, 50), bounded.Query(a.Id, 50)));
    }

    // 90 days apart: each article's list loses only the tellings more than a year away, and
    // the others keep the scores the whole store gave them (idf is counted over every year).
    [Fact]
    public void Beyond_the_horizon_drops_only_the_far_articles()
    {
        var articles = Retold(90);
        var dateOf = articles.ToDictionary(a => a.Id, a => a.PublishedAt);
        var bounded = Finder(articles);
        var unbounded = Finder(articles, Unbounded);

        Assert.All(articles, a => Assert.Equal(
            unbounded.Query(a.Id, 50).Where(n => Math.Abs((dateOf[n.ArticleId] - a.PublishedAt).TotalDays) <= 365),
            bounded.Query(a.Id, 50)));
        Assert.Contains(bounded.Query(10, 50), n => n.ArticleId == 53);
        Assert.DoesNotContain(bounded.Query(10, 50), n => n.ArticleId == 63);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(54)]
    [InlineData(100)]
    public void Removing_an_article_from_one_block_leaves_the_others_answering_as_before(int removed)
    {
        var finder = Finder(Retold(90));
        finder.Remove(removed);

        var without = Finder(Retold(90).Where(a => a.Id != removed));
        Assert.All(Retold(90), a => Assert.Equal(without.Query(a.Id, 50), finder.Query(a.Id, 50)));
    }

    // The store dates an undated article when it is imported; the calendar's ends still index.
    [Fact]
    public void Articles_at_the_ends_of_the_calendar_find_their_own_neighbours()
    {
        var finder = Finder([
            .. Articles().Select(a => a with { PublishedAt = DateTime.MinValue }),
            .. Articles().Select(a => a with { Id = a.Id + 10, PublishedAt = DateTime.MaxValue })]);

        Assert.Equal(4, finder.Query(1, 1)[0].ArticleId);
        Assert.Equal(14, finder.Query(11, 1)[0].ArticleId);
        Assert.All(finder.Query(11, 10), n => Assert.True(n.ArticleId > 10));
    }
}

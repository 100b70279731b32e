using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

// Stories beyond shared text (issue 15): two papers' own wording of one event is one story;
// the same template told of another event, or days later, or one paper's second copy, is not.
public class StoryAssignmentTests
{
    private static readonly DateTime Tuesday = new(2015, 8, 4, 8, 0, 0, DateTimeKind.Utc);

    private static RelatedDocument Article(int id, string source, string title, string body, double hours = 0) =>
        new(id, title, body, source, Tuesday.AddHours(hours));

    private static readonly RelatedDocument StrikesAgency = Article(1, "was",
        "مقتل 12 من ميليشيات الحوثي في غارات للتحالف على مخازن أسلحة بصنعاء",
        "قتل 12 مسلحا من ميليشيات الحوثي والمخلوع صالح في غارات شنتها طائرات التحالف العربي فجر اليوم على مخازن أسلحة في جبل نقم شرق العاصمة اليمنية صنعاء، وفق ما أفادت مصادر محلية. " +
        "وأوضحت المصادر أن الانفجارات استمرت ساعات بعد القصف وأن سيارات الإسعاف هرعت إلى المكان، فيما أغلقت الميليشيات الطرق المؤدية إلى الجبل.");

    // Another paper's desk: headline and lead in its own words, the figure in Arabic-Indic digits.
    private static readonly RelatedDocument StrikesRewritten = Article(2, "okaz",
        "غارات التحالف على جبل نقم بصنعاء تقتل ١٢ من ميليشيات الحوثي",
        "دكت طائرات التحالف العربي فجر أمس مخازن سلاح تابعة لميليشيات الحوثيين في جبل نقم بصنعاء، ما أسفر عن مصرع ١٢ مسلحا بحسب مصادر يمنية. " +
        "وشوهدت أعمدة الدخان تتصاعد من الجبل لساعات، ونقلت سيارات الإسعاف الجرحى إلى مستشفيات العاصمة وسط انتشار مسلح للميليشيات.", hours: 5);

    // The same template, another event: other figures, another province, another day's raid.
    private static readonly RelatedDocument StrikesElsewhere = Article(3, "okaz",
        "مقتل 30 من ميليشيات الحوثي في غارات للتحالف على مخازن أسلحة بصعدة",
        "قتل 30 مسلحا من ميليشيات الحوثي في غارات شنتها طائرات التحالف العربي مساء اليوم على مواقع في محافظة صعدة شمال اليمن، وفق ما أفادت مصادر قبلية. " +
        "وأشارت المصادر إلى تدمير آليات عسكرية ومنصات صواريخ قرب الحدود مع المملكة.", hours: 8);

    // Another story that names the same actors.
    private static readonly RelatedDocument BorderShelling = Article(4, "alriyadh",
        "إصابة مقيمين إثر سقوط مقذوفات أطلقها الحوثيون على نجران",
        "أصيب مقيمان بجروح طفيفة إثر سقوط مقذوفات عسكرية أطلقتها ميليشيات الحوثي من داخل الأراضي اليمنية على أحياء سكنية في نجران، وأوضح المتحدث الإعلامي للدفاع المدني أن الفرق باشرت الموقع.", hours: 2);

    private static readonly RelatedDocument BorderShellingRewritten = Article(5, "sabq",
        "مقذوفات حوثية تصيب مقيمين في أحياء نجران السكنية",
        "باشرت فرق الدفاع المدني في نجران سقوط مقذوفات عسكرية مصدرها الأراضي اليمنية أطلقتها ميليشيات الحوثي، ما أدى إلى إصابة مقيمين اثنين بجروح طفيفة بحسب المتحدث الإعلامي.", hours: 4);

    // What else the index holds that week: words every report uses («اليوم», «مصادر»,
    // «المملكة») must weigh less than the names a story is about, as in a real index.
    private static readonly RelatedDocument[] Week =
    [
        Article(101, "aawsat", "كاميرون يحدد ملامح استراتيجية لمكافحة التطرف", StoryTexts.CameronWire, hours: -30),
        Article(102, "alriyadh", "الأرصاد: ارتفاع درجات الحرارة على الرياض اليوم", StoryTexts.RiyadhWeather, hours: -20),
        Article(103, "alyaum", "الهلال يتعاقد مع لاعب وسط برازيلي لثلاثة مواسم", StoryTexts.FootballTransfer, hours: -10),
        Article(104, "almadina", "مصادر: المملكة تستضيف اجتماعا خليجيا اليوم", "أفادت مصادر مطلعة اليوم أن المملكة تستضيف اجتماعا لوزراء الخارجية في دول مجلس التعاون الخليجي لبحث تطورات المنطقة.", hours: -5),
        Article(105, "sabq", "الدفاع المدني يباشر حريقا في مستودع بجدة اليوم", "باشرت فرق الدفاع المدني اليوم حريقا اندلع في مستودع للأخشاب جنوب جدة دون إصابات، وفق ما أفاد المتحدث الإعلامي.", hours: -3),
        Article(106, "okaz", "مصادر: التحالف العربي يعلن هدنة إنسانية في اليمن", "أعلنت قيادة التحالف العربي اليوم هدنة إنسانية في اليمن لمدة خمسة أيام وفق ما أفادت مصادر رسمية، لإيصال المساعدات.", hours: -40),
    ];

    private static SameStoryDetector Detector(params RelatedDocument[] articles)
    {
        var detector = new SameStoryDetector();
        foreach (var article in Week.Concat(articles))
        {
            detector.Add(article);
        }

        return detector;
    }

    [Fact]
    public void Puts_a_paraphrased_report_from_another_paper_in_the_story()
    {
        var detector = Detector(StrikesAgency, StrikesRewritten, BorderShelling);
        Assert.Equal([1, 2], detector.StoryMembers(1).Order());
    }

    [Fact]
    public void Keeps_the_same_template_with_other_figures_and_places_out()
    {
        var detector = Detector(StrikesAgency, StrikesRewritten, StrikesElsewhere);
        Assert.DoesNotContain(3, detector.StoryMembers(1));
    }

    [Fact]
    public void Keeps_headlines_whose_figures_disagree_apart()
    {
        var otherToll = StrikesRewritten with { Id = 6, Title = "غارات التحالف على جبل نقم بصنعاء تقتل ٢٥ من ميليشيات الحوثي" };
        var detector = Detector(StrikesAgency, otherToll);
        Assert.Equal([1], detector.StoryMembers(1));
    }

    [Theory]
    [InlineData(24, true)]
    [InlineData(24 * 5, false)]
    [InlineData(-24 * 8, false)]
    public void Joins_a_paraphrase_only_within_the_window(double hours, bool joined)
    {
        var detector = Detector(StrikesAgency, StrikesRewritten with { PublishedAt = Tuesday.AddHours(hours) });
        Assert.Equal(joined, detector.StoryMembers(1).Contains(2));
    }

    [Fact]
    public void Collapses_one_papers_second_copy_into_its_first()
    {
        var detector = Detector(StrikesAgency, StrikesRewritten, StrikesAgency with { Id = 7 });
        Assert.Equal(1, detector.CopyOf(7));
        Assert.Null(detector.CopyOf(1));
    }

    [Fact]
    public void Does_not_chain_two_stories_that_share_their_actors()
    {
        // A roundup whose headline names both events must not fuse them into one story.
        var roundup = Article(8, "alweeam", "غارات للتحالف على مخازن أسلحة الحوثي بصنعاء ومقذوفات حوثية تصيب مقيمين في نجران",
            "شنت طائرات التحالف العربي غارات على مخازن أسلحة للحوثيين في جبل نقم بصنعاء، فيما أصيب مقيمان إثر سقوط مقذوفات حوثية على أحياء نجران.", hours: 6);
        var detector = Detector(StrikesAgency, StrikesRewritten, BorderShelling, BorderShellingRewritten, roundup);
        Assert.NotEqual(detector.ClusterOf(1), detector.ClusterOf(4));
    }

    [Fact]
    public void Leaves_the_story_when_the_paraphrase_is_removed()
    {
        var detector = Detector(StrikesAgency, StrikesRewritten);
        detector.Remove(2);
        Assert.Equal([1], detector.StoryMembers(1));
        Assert.Equal([1, 9], Detector(StrikesAgency, StrikesRewritten with { Id = 9 }).StoryMembers(1).Order());
    }
}

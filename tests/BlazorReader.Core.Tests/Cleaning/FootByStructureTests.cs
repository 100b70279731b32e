using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// The foot of a story read by structure: below its last paragraph, what a page prints is set
// off from it by chrome (a share bar, a counter), carries no sentence of its own and shares
// nothing with the story; what follows the story's last paragraph directly, or sits under a
// caption or a block of titles inside it, stays unless it proves other stories' on its own. Story text and titles are real corpus
// sentences (SaudiNewsNet: the story of TeaserListFamilyTests, titles of other corpus
// articles); chrome lines are quoted from the corpus where it has them (alweeam 350766,
// alyaum 4080027, al-jazirah sp18 2015-08-04, 3alyoum's how-to on an alarm app) and are
// generated where it has none.
public class FootByStructureTests
{
    private const string Title = "الحج: ست شرائح لحجاج الداخل";

    private static readonly string[] Story =
    [
        "اعتمد وزير الحج الدكتور بندر حجار تقسيم خدمات حجاج الداخل إلى ست شرائح، وحدد أسعار كل شريحة بحسب مستوى الخدمات المقدمة في المشاعر المقدسة.",
        "وأوضح أن الوزارة ستتابع التزام الشركات والمؤسسات بالأسعار المعلنة، وستطبق العقوبات النظامية على كل من يخالفها خلال موسم الحج المقبل.",
        "وأضاف أن التسجيل سيكون عبر البوابة الإلكترونية للوزارة، داعيا الراغبين في أداء الفريضة إلى التأكد من ترخيص الحملة قبل التعاقد معها.",
    ];

    private static readonly string[] Titles =
    [
        "كازاخستان تنضم رسمياً إلى منظمة التجارة العالمية",
        "مواطن يعتدي على طبيب بآلة حادة في تربة",
        "البرلمان التونسي يقر قانونا جديداً لمكافحة الإرهاب",
        "مؤشر سوق الأسهم يرتفع 135 نقطة ويغلق عند مستوى 8834 نقطة",
    ];

    private static readonly string[] Chrome = ["شارك على: فيسبوك | تويتر | واتساب", "عدد المشاهدات: 4521", "تابعونا على تويتر"];

    // Notices in no catalogue's words: each is no sentence and names nothing of the story.
    private static readonly string[] Notices =
    [
        "أنت مسجل في قائمتنا البريدية - إلغاء التسجيل",
        "النشر بإذن من إدارة التحرير فقط",
        "◾ شبكة أخبار الخليج",
    ];

    private static List<string> Body(params string[] lines) =>
        [.. new ArticleCleaner().Clean(new RawArticle(string.Join('\n', [Title, .. lines]), Title: Title)).Blocks.Select(b => b.Text)];

    public static TheoryData<string, string> BulletsAndChrome()
    {
        var data = new TheoryData<string, string>();
        foreach (var bullet in new[] { "• ", "◀ ", "▫️ ", "- ", "{0}- " })
        {
            foreach (var chrome in Chrome)
            {
                data.Add(bullet, chrome);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BulletsAndChrome))]
    public void Unheaded_headlines_alike_below_chrome_go_as_teasers(string bullet, string chrome)
    {
        var items = Titles.Select((t, i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, bullet, i + 1) + t).ToArray();
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', [Title, .. Story, chrome, .. items]), Title: Title));
        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(Titles, cleaned.Teasers.Select(t => t.Text));
    }

    // By their evidence, not their place: four headlines under one bullet, each with its verb
    // and nothing of the story, are other stories' (a story's own list of measures stays:
    // TeaserRunFamilyTests).
    [Fact]
    public void Headlines_alike_right_below_the_story_go_by_their_evidence()
    {
        var items = Titles.Select(t => "• " + t).ToArray();
        Assert.Equal(Story, Body([.. Story, .. items]));
    }

    [Theory]
    [InlineData("(منذ 14 ساعة)")]
    [InlineData("(قبل ساعتين)")]
    [InlineData("[منذ ٢٩ دقيقة]")]
    [InlineData("(الخميس، ٢٩ نوفمبر ٢٠١٣)")]
    public void Titles_each_with_its_time_in_brackets_are_other_stories(string time)
    {
        var items = Titles.Select(t => t + " " + time).ToArray();
        Assert.Equal(Story, Body([.. Story, .. items]));
    }

    public static TheoryData<string, string> NoticesAndChrome()
    {
        var data = new TheoryData<string, string>();
        foreach (var notice in Notices)
        {
            foreach (var chrome in Chrome)
            {
                data.Add(notice, chrome);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(NoticesAndChrome))]
    public void A_notice_set_off_from_the_story_by_chrome_goes(string notice, string chrome)
    {
        Assert.Equal(Story, Body([.. Story, chrome, notice]));
        Assert.Equal(Story, Body([.. Story, chrome, notice, chrome]));
    }

    [Theory]
    [InlineData("النوري التميمي - سدير")]
    [InlineData("عبدالله العصيمي")]
    [InlineData("كميات محدودة من الأسماك يتم عرضها")]
    public void The_line_right_below_the_story_s_last_paragraph_stays(string line)
    {
        Assert.Equal([.. Story, line], Body([.. Story, line, Chrome[0]]));
    }

    // A corpus article (alriyadh 1068243) ends cut short, «وأكد فخامة»: a
    // line that opens as the story's next sentence stays, whatever chrome stands above it.
    [Fact]
    public void A_story_cut_short_below_chrome_stays()
    {
        Assert.Equal([.. Story, "وأكد فخامة"], Body([.. Story, Chrome[0], "وأكد فخامة"]));
    }

    // A verse under a caption inside the story is the story's: a caption proves no foot.
    [Fact]
    public void A_verse_below_a_caption_stays()
    {
        string[] verse = ["راح درع المملكة وقت الزحام", "المصايب يحتديها لا اوشكت", "حكمته سيفٍ يقص به العظام"];
        var body = Body([.. Story, "▲ جانب من الاحتفال (واس)", .. verse, Chrome[2]]);
        Assert.All(verse, v => Assert.Contains(v, body));
    }

    [Theory]
    [InlineData("◾")]
    [InlineData("✦ ✦ ✦")]
    public void A_separator_of_symbols_at_the_foot_goes(string separator)
    {
        Assert.Equal(Story, Body([.. Story, separator]));
    }

    // alyaum 4080027 closes with «(اليوم)»; al-jazirah's sp18 column closes a verse with its poet.
    [Theory]
    [InlineData("(اليوم)", "اليوم")]
    [InlineData("( الوكالات)", "الوكالات")]
    [InlineData("(شبكة أخبار الخليج)", "شبكة أخبار الخليج")]
    public void A_name_alone_in_brackets_at_the_foot_is_the_credit(string line, string who)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', [Title, .. Story, line]), Title: Title));
        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(who, cleaned.Attribution);
    }

    [Fact]
    public void A_poet_s_name_in_brackets_under_a_verse_stays()
    {
        string[] verse = ["وآثار الرجال إذا تناهت", "إلى التاريخ خير الحاكمينا", "(أحمد شوقي)"];
        Assert.Equal([.. Story, .. verse], Body([.. Story, .. verse]));
    }

    [Theory]
    [InlineData("الآراء المنشورة تعبر عن رأي كتابها ولا تعبر عن رأي الموقع")]
    [InlineData("جميع المقالات تمثل وجهة نظر أصحابها")]
    [InlineData("يسمح بإعادة النشر مع ذكر المصدر")]
    [InlineData("لا مانع من النقل بشرط الإشارة إلى الصحيفة")]
    [InlineData("↪ تمت إعادة توجيهه")]
    [InlineData("رسالة معاد توجيهها 🔁")]
    [InlineData("منقول ...")]
    public void Disclaimers_and_forwarding_marks_go_wherever_they_stand(string line)
    {
        Assert.Equal(Story, Body([Story[0], line, Story[1], Story[2]]));
    }

    [Fact]
    public void A_sentence_about_a_writer_s_view_stays()
    {
        var line = "وقال إن المقالات التي نشرها تعبر عن رأي كاتبها بوضوح، ولا تعكس موقف الجهة التي يعمل بها منذ سنوات طويلة في المجال الإعلامي والثقافي داخل المملكة.";
        Assert.Contains(line, Body([.. Story, line]));
    }

    [Theory]
    [InlineData("كونا/رو/23:13")]
    [InlineData("وفا عه/21:١٤")]
    [InlineData("العمانية/أق/٢١:46")]
    [InlineData("ـ هق عب ـ")]
    [InlineData("ـ نحأ/ون ـ")]
    [InlineData("مراجعة: وضاح العجمي")]
    [InlineData("تدقيق / سالم الحربي")]
    public void Desk_codes_and_reviewers_sign_the_copy_off(string line)
    {
        Assert.Equal("signature", SignatureLines.Reason(line));
    }

    [Theory]
    [InlineData("مراجعة الأنظمة واللوائح المعمول بها في الوزارة.")]
    [InlineData("- لا لا")]
    [InlineData("الساعة 21:30")]
    public void Sentences_and_times_are_no_desk_code(string line)
    {
        Assert.Null(SignatureLines.Reason(line));
    }

    [Theory]
    [InlineData("ولمشاهدة النتيجة اضغط هنا", "more-link")]
    [InlineData("اضغط على الرابط", "more-link")]
    [InlineData("للاطلاع على التفاصيل اضغط هنا", "more-link")]
    [InlineData("تفاصيل أوفى »", "more-link")]
    [InlineData("تابع القراءة:", "more-link")]
    [InlineData("١- فتح المنبه المعالج المزود بالتطبيق اضغط هنا.", null)]
    public void A_short_line_asking_for_a_click_is_a_more_link_but_a_how_to_s_step_is_not(string line, string? reason)
    {
        Assert.Equal(reason, LinkLines.Reason(line));
    }
}

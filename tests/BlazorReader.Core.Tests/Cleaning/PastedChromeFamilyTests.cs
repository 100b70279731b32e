using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Chrome that comes with a copy from another tool or a newer page: review balloons, embedded
// posts' credits, French and tatweel-dressed headers of other stories, summary boxes of the
// story's own points, an author box's role line.
public class PastedChromeFamilyTests
{
    private const string Lead = "من جانبه، أكد المتحدث باسم جبهة العند بمحافظة لحج أن الحوثيين اختطفوا عددا كبيرا من المعتقلين السياسيين والرهائن من قاعدة العند.";
    private const string Second = "في غضون ذلك، قال قائد معركة تحرير العند إن ثلاثة آلاف مقاتل من قوات الجيش الوطني والمقاومة الشعبية شاركوا في المعركة.";
    private const string Third = "وكانت الحكومة اليمنية قد تعهدت عقب استعادة القاعدة من المتمردين بتوسيع نطاق العمليات لتشمل كل مدن اليمن.";

    private static string Body(CleanedArticle cleaned) => string.Join("\n", cleaned.Blocks.Select(b => b.Text));

    [Theory]
    [InlineData("Commented [HK9]: تأكد من الرقم مع المصدر", "review-mark")]
    [InlineData("تعليق [ن.أ٧] : هل الاسم صحيح؟", "review-mark")]
    [InlineData("Deleted: حسب المصدر", "review-mark")]
    [InlineData("منسق: من اليمين إلى اليسار", "review-mark")]
    [InlineData("A post shared by @taha_ould", "widget")]
    [InlineData("منشور بواسطة @mukalla_ar", "widget")]
    [InlineData("Posted by سارة الغامدي on Saturday, February 11, 2017", "widget")]
    public void A_tools_marks_are_chrome(string line, string reason) => Assert.Equal(reason, PastedMarks.Reason(line));

    [Theory]
    [InlineData("نُشر بواسطة الوزارة بيان يوضح الإجراءات الجديدة.")]
    [InlineData("منسق الحملة الوطنية للتطعيم في المنطقة الشرقية")]
    public void A_sentence_that_names_a_poster_or_a_coordinator_is_the_storys(string line) => Assert.Null(PastedMarks.Reason(line));

    [Theory]
    [InlineData("À lire aussi »")]
    [InlineData("Lire aussi")]
    [InlineData("فـي القـسـم نفسه ▸")]
    [InlineData("من الأرشيف:")]
    public void Headers_of_other_stories_in_french_or_drawn_out_are_headers(string header) => Assert.True(OtherStoriesHeader.IsHeader(header));

    [Fact]
    public void A_caption_from_the_archive_is_no_header() => Assert.False(OtherStoriesHeader.IsHeader("من الأرشيف: تصوير عبدالرحمن السلمي"));

    [Fact]
    public void A_summary_boxs_cut_points_and_its_label_go_and_the_paragraphs_stay()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', "النقاط الرئيسية:",
            "◂ من جانبه، أكد المتحدث باسم جبهة العند بمحافظة لحج أن الحوثيين اختطفوا عددا كبيرا",
            "◂ في غضون ذلك، قال قائد معركة تحرير العند إن ثلاثة آلاف مقاتل من قوات الجيش.", Lead, Second, Third), "آليات التحالف ترعب المتمردين"));

        Assert.Equal([Lead, Second, Third], cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_subheading_over_the_storys_own_repeated_lines_stays()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', "معركة العند", Lead, Second, "أسرى وتعهدات", Third), "آليات التحالف ترعب المتمردين"));

        Assert.Contains("أسرى وتعهدات", Body(cleaned), StringComparison.Ordinal);
    }

    [Fact]
    public void A_writers_role_beside_the_byline_goes_with_it()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', "بقلم: عمر الميلاني", "محرر ومراسل ميداني", Lead, Second, Third), "آليات التحالف ترعب المتمردين"));

        Assert.Equal([Lead, Second, Third], cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_role_that_closes_the_storys_last_line_stays()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Lead, Second, Third, "محلل سياسي", "المصدر: المربد"), "آليات التحالف ترعب المتمردين"));

        Assert.Contains("محلل سياسي", Body(cleaned), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3 / 12")]
    [InlineData("٨ من ٩")]
    [InlineData("المدة: 02:35")]
    [InlineData("01:12 / 04:10")]
    [InlineData("اكتملت القراءة 45%")]
    [InlineData("التقدم: ١٠٠٪")]
    [InlineData("لا توجد تعليقات بعد")]
    [InlineData("اعرض كل التعليقات (17)")]
    [InlineData("افتح في خرائط")]
    [InlineData("View on map")]
    [InlineData("ملء الشاشة")]
    public void A_players_galleries_and_comment_boxs_controls_are_chrome(string line) => Assert.Equal("widget", InterfaceLines.Reason(line));

    [Theory]
    [InlineData("12 / 3")]
    [InlineData("فاز الفريق 3 من 5 مباريات")]
    [InlineData("الساعة 02:35")]
    [InlineData("ارتفعت نسبة النمو 45%")]
    public void A_score_a_time_or_a_share_in_the_storys_words_stays(string line) => Assert.Null(InterfaceLines.Reason(line));
}

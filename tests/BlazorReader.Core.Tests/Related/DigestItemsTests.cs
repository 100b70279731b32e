using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

// A digest's headline names its lead item; another paper's report of a later item is
// another story. Texts in the shape of a paper's two-item page and an agency report.
public class DigestItemsTests
{
    private const string Judges =
        "أصدر خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أمرا ملكيا بترقية وتعيين مئة قاض في وزارة العدل على مختلف درجات السلك القضائي. " +
        "وأوضح وزير العدل في تصريح صحفي أن الأمر الكريم يأتي امتدادا للدعم المتواصل الذي يلقاه مرفق القضاء من القيادة، وأن الترقيات الجديدة " +
        "ستسهم في سرعة الفصل في القضايا المنظورة أمام المحاكم وتقليص مدد التقاضي. وأضاف أن الوزارة تعمل على استكمال خطتها لتطوير المحاكم " +
        "المتخصصة وتأهيل القضاة الجدد عبر برامج تدريبية مكثفة بالتعاون مع معهد الإدارة العامة والجامعات، مشيرا إلى أن عدد القضاة المعينين " +
        "خلال العام الجاري تجاوز ثلاثمئة قاض موزعين على المناطق الإدارية كافة. كما صدر أمر ملكي آخر بترقية خمسة وعشرين قاضيا في ديوان المظالم، " +
        "وأكد رئيس الديوان أن هذه الخطوة تعزز استقلال القضاء الإداري وتذلل العقبات أمام مرفق العدالة.";

    private const string Convoy =
        "وصلت الدفعة الثالثة من المعونة الطبية الإغاثية إلى مدينة سيئون على متن ثلاث قاطرات قادمة من المملكة عبر منفذ الوديعة البري " +
        "مقدمة من مركز الملك سلمان للإغاثة والأعمال الإنسانية. وأوضح المتحدث الرسمي للمركز أن الدفعة تحتوي على محاليل وريدية وأدوية " +
        "متنوعة للمستشفيات والوحدات الصحية في محافظات حضرموت وشبوة والمهرة لتخفيف معاناة المرضى من النازحين والجرحى.";

    private const string ConvoyReport = "سيئون - واس: " + Convoy + " وتأتي الدفعة ضمن جسر إغاثي متواصل.";

    private const string ConvoyHeadline = "مركز الملك سلمان: وصول الدفعة الثالثة من المعونة الطبية إلى حضرموت";

    [Theory]
    [InlineData("الخبر الأول.\nمن جهة أخرى، خبر آخر.", "الخبر الأول.")]
    [InlineData("الخبر الأول.\nومن ناحية أخرى، خبر آخر.", "الخبر الأول.")]
    [InlineData("الخبر الأول.\nفقرة ثانية منه.\nمن جهة اخرى خبر آخر.\nعلى صعيد آخر، خبر ثالث.", "الخبر الأول.\nفقرة ثانية منه.")]
    [InlineData("الخبر الأول.\n  في سياق منفصل، خبر آخر.", "الخبر الأول.")]
    [InlineData("الخبر الأول.\nإلى ذلك، خبر آخر.", "الخبر الأول.")]
    public void The_lead_item_ends_where_a_paragraph_opens_another_item(string body, string lead) =>
        Assert.Equal(lead, DigestItems.LeadItem(body));

    [Theory]
    [InlineData("خبر واحد بلا فقرات.")]
    [InlineData("الخبر الأول، ومن جهة أخرى قال الوزير إن العمل مستمر.\nفقرة ثانية.")]
    [InlineData("الخبر الأول.\nوأضاف الوزير أن العمل مستمر.")]
    [InlineData("من جهة أخرى، خبر بلا مقدمة.")]
    public void An_ordinary_paragraph_or_no_paragraph_break_is_no_digest(string body) =>
        Assert.Null(DigestItems.LeadItem(body));

    [Fact]
    public void A_report_of_a_digests_later_item_is_not_the_digests_story() =>
        Assert.Empty(Twins(Digest("أمر ملكي بترقية وتعيين قضاة في وزارة العدل"), ConvoyHeadline));

    [Fact]
    public void Without_the_lead_item_check_the_report_links_on_wording_and_headline_alone() =>
        Assert.Single(Twins(Digest("أمر ملكي بترقية وتعيين قضاة في وزارة العدل"), ConvoyHeadline, SameStoryOptions.Default with { LeadItemShare = 0 }));

    [Fact]
    public void The_report_links_when_the_digests_headline_names_its_item_too() =>
        Assert.Single(Twins(Digest("ترقية قضاة العدل.. ووصول الدفعة الثالثة من المعونة الطبية إلى حضرموت"), ConvoyHeadline));

    [Fact]
    public void A_report_of_the_lead_item_is_the_digests_story() =>
        Assert.Single(Twins(Digest("أمر ملكي بترقية وتعيين قضاة في وزارة العدل"), "ترقية مئة قاض في وزارة العدل", "الرياض - واس: " + Judges));

    private static RelatedDocument Digest(string headline) =>
        new(1, headline, Judges + "\nمن ناحية أخرى، " + Convoy, "alwatan", new DateTime(2015, 7, 22, 0, 49, 0));

    private static IReadOnlyList<ScoredArticle> Twins(RelatedDocument digest, string headline, SameStoryOptions? options = null) =>
        Twins(digest, headline, ConvoyReport, options);

    private static IReadOnlyList<ScoredArticle> Twins(RelatedDocument digest, string headline, string body, SameStoryOptions? options = null)
    {
        var detector = new SameStoryDetector(options);
        detector.Add(digest);
        return detector.Add(new RelatedDocument(2, headline, body, "sabq", new DateTime(2015, 7, 22, 17, 10, 0)));
    }
}

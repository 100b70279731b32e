using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class TeaserDetectorTests
{
    private const string Lead = "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في عدة مناطق من المملكة خلال الأسبوع.";
    private const string Body1 = "وقالت الوزارة في بيان إن الفرق الطبية تتابع الحالات وتقدم الرعاية اللازمة للمرضى.";
    private const string Body2 = "وأضافت أن الحالات مستقرة وأن الفحوص مستمرة في جميع المستشفيات الحكومية والخاصة.";
    private const string Body3 = "من جهتها، دعت هيئة الهلال الأحمر المواطنين إلى التبرع بالدم في المراكز المعتمدة.";
    private const string Teasers = "أكد وزير التعليم أن العام الدراسي سيبدأ في موعده المحدد دون أي تأجيل.\n" +
        "قالت الأرصاد إن موجة حر شديدة تضرب المنطقة الشرقية خلال الأيام المقبلة.\n" +
        "أطلقت هيئة السياحة برنامجا صيفيا جديدا يشمل عشرين مدينة في أنحاء المملكة.";

    [Fact]
    public void Takes_a_block_of_other_stories_leads_before_a_copyright_footer()
    {
        var context = Clean.With($"{Lead}\n{Body1}\n{Body2}\n{Body3}\n{Teasers}\n© 2015 صحيفة", new ChromeRemover(), new TeaserDetector());
        Assert.Equal(3, context.Teasers.Count);
        Assert.Equal(4, context.Lines.Count);
    }

    [Fact]
    public void Takes_no_teasers_when_the_page_had_no_footer()
    {
        var context = Clean.With($"{Lead}\n{Body1}\n{Body2}\n{Body3}\n{Teasers}", new ChromeRemover(), new TeaserDetector());
        Assert.Empty(context.Teasers);
    }

    [Fact]
    public void Takes_nothing_when_the_body_would_be_left_too_short()
    {
        var context = Clean.With($"{Lead}\n{Teasers}\n© 2015 صحيفة", new ChromeRemover(), new TeaserDetector());
        Assert.Empty(context.Teasers);
    }

    [Theory]
    [InlineData("اقرأ أيضا: الملك يستقبل ولي العهد في جدة", "الملك يستقبل ولي العهد في جدة")]
    [InlineData("اقرأ أيضاً - افتتاح معرض الكتاب", "افتتاح معرض الكتاب")]
    public void Takes_an_inline_read_also_line_as_a_teaser(string line, string teaser)
    {
        var context = Clean.With($"{Lead}\n{line}\n{Body1}", new TeaserDetector());
        Assert.Equal(teaser, Assert.Single(context.Teasers).Text);
        Assert.Equal(2, context.Lines.Count);
    }

    [Theory]
    [InlineData("وزارة الصحة تعلن عن حملة جديدة", true)]
    [InlineData("وقالت الوزارة إن الحملة تبدأ غدا", false)]
    [InlineData("من جهتها، أكدت الهيئة", false)]
    [InlineData("بيد أن المسؤولين رفضوا التعليق", false)]
    [InlineData("3 ـ تعيين سفير جديد", false)]
    [InlineData("أعلن الرئيس اليوم الأحد", true)]
    public void Tells_a_lead_from_a_continuing_paragraph(string text, bool lead)
    {
        Assert.Equal(lead, TeaserDetector.OpensLikeLead(text));
    }
}

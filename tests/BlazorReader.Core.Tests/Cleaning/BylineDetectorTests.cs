using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class BylineDetectorTests
{
    private const string Lead = "أطلقت أمانة المنطقة مشروعا جديدا لتطوير الحدائق العامة في الأحياء الشمالية من المدينة.";

    [Theory]
    [InlineData("عين اليوم – متابعات")]
    [InlineData("المدينة – سالم أحمد")]
    [InlineData("الرياضي ـ جدة")]
    [InlineData("حامد القرشي- مكة المكرمة")]
    public void Takes_a_byline_line_at_the_start(string byline)
    {
        var context = Clean.With($"{byline}\n{Lead}", new BylineDetector());
        Assert.Equal(byline, context.Byline);
        Assert.Equal([Lead], context.BodyLines());
    }

    [Theory]
    [InlineData("لندن: ", "لندن")]
    [InlineData("واس- الرياض: ", "واس- الرياض")]
    [InlineData("عبدالعزيز السلمي - سبق - جدة: ", "عبدالعزيز السلمي - سبق - جدة")]
    public void Cuts_a_dateline_prefix_off_the_lead(string prefix, string dateline)
    {
        var context = Clean.With(prefix + Lead, new BylineDetector());
        Assert.Equal(dateline, context.Dateline);
        Assert.Equal([Lead], context.BodyLines());
    }

    [Theory]
    [InlineData("قال الوزير: إن المشروع سيكتمل خلال عامين وفق الخطة المعتمدة من مجلس الوزراء.")]
    [InlineData("أكد المتحدث باسم الوزارة: لا تأجيل في مواعيد الاختبارات النهائية هذا العام.")]
    public void Leaves_a_quoted_statement_whole(string lead)
    {
        var context = Clean.With($"{lead}\nسطر ثان من الخبر.", new BylineDetector());
        Assert.Null(context.Dateline);
        Assert.Equal(lead, context.Lines[0].Text);
    }

    [Fact]
    public void Uses_the_given_author_and_trims_its_marks()
    {
        var context = Clean.With(new RawArticle(Lead, Author: " *طلال الصياح من الرياض: "), new BylineDetector());
        Assert.Equal("طلال الصياح من الرياض", context.Byline);
    }
}

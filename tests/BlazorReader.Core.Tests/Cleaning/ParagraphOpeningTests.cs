using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class ParagraphOpeningTests
{
    [Theory]
    [InlineData("وقالت الوزارة إن الحملة تبدأ غدا", true)]
    [InlineData("وقد أكد المتحدث أن الحملة مستمرة", true)]
    [InlineData("من جهتها، أكدت الهيئة", true)]
    [InlineData("من جهة أخرى، وصل الفريق إلى جدة", true)]
    [InlineData("بيد أن المسؤولين رفضوا التعليق", true)]
    [InlineData("مؤكدة أن الضغوط بدأت منذ أسابيع", true)]
    [InlineData(".. وتؤدي دورا مشرفا في موسم الحج", true)]
    [InlineData("وزارة الصحة تعلن عن حملة جديدة", false)]
    [InlineData("وصل الرئيس إلى الرياض اليوم", false)]
    [InlineData("أعلن الرئيس اليوم الأحد", false)]
    [InlineData("3 ـ تعيين سفير جديد", false)]
    [InlineData("وتم نقل المصابين إلى مستشفى الملك فهد", true)]
    [InlineData("وأوضح المتحدث أن الحادث وقع فجرا", true)]
    [InlineData("ثانيا: تشكيل لجنة لمتابعة تنفيذ القرار", true)]
    [InlineData("سائلا المولى أن يحفظ البلاد", true)]
    [InlineData("لذلك تستمر الشركة في تحقيق أرباح كبيرة", true)]
    [InlineData("في شأن متصل احتفت السفارة بالبعثة", true)]
    public void Tells_a_paragraph_that_continues_a_story(string text, bool continues)
    {
        Assert.Equal(continues, ParagraphOpening.Continues(text));
    }

    [Theory]
    [InlineData("أعلن الرئيس الأذري اليوم الأحد أنه لا ينوي شن هجوم", "الاحد")]
    [InlineData("قال الرئيس -اليوم الاثنين- إن القوات تتقدم", "الاثنين")]
    [InlineData("قال الرئيس إن القوات تتقدم", null)]
    public void Reads_the_weekday_a_text_calls_today(string text, string? weekday)
    {
        Assert.Equal(weekday, ParagraphOpening.Today(text));
    }
}

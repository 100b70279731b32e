using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class RepeatedParagraphRemoverTests
{
    // SaudiNewsNet (alweeam, 2015-07-21): the page printed this paragraph twice in a row.
    private const string Repeated = "وأوضح المتحدث الرسمي للهلال الأحمر بالباحة عماد منسي الزهراني أن هنالك 4 حوادث انقلاب وحادث دهس وحالة حريق واحدة.";
    private const string Lead = "تلقت غرفة عمليات الهلال الأحمر بالباحة خلال الـ72 ساعة الماضية 116 بلاغاً.";

    [Fact]
    public void Removes_the_second_copy_of_a_paragraph_printed_twice()
    {
        var context = Clean.With($"{Lead}\n{Repeated}\n{Repeated}\nوأضاف الزهراني أن البلاغات المرضية قاربت 85 بلاغاً.", new RepeatedParagraphRemover());
        Assert.Equal([Lead, Repeated, "وأضاف الزهراني أن البلاغات المرضية قاربت 85 بلاغاً."], context.BodyLines());
        var removed = Assert.Single(context.Removed);
        Assert.Equal(("repeat", 2), (removed.Reason, removed.Line));
    }

    [Fact]
    public void Keeps_short_lines_that_repeat()
    {
        var context = Clean.With($"{Lead}\n(واس)\n{Repeated}\n(واس)", new RepeatedParagraphRemover());
        Assert.Empty(context.Removed);
        Assert.Equal(4, context.Lines.Count);
    }

    // SaudiNewsNet (alriyadh 1067591): a health column answers each question under the same
    // line, closed by a colon; the line introduces the answer below it each time.
    [Fact]
    public void Keeps_a_line_that_introduces_each_answer()
    {
        const string Answers = "ويجيب عن هذا السؤال أيضاً قسم التثقيف الصحي:";
        var context = Clean.With(
            $"* ما هي فوائد النشاط الحركي؟\n{Answers}\nالنشاط الحركي يحقق للفرد حياة أفضل وفوائد صحية عديدة في أي مرحلة من المراحل العمرية.\n* ما هي التوصيات؟\n{Answers}\nيوصى بممارسة النشاط البدني المعتدل مدة ثلاثين دقيقة في معظم أيام الأسبوع.",
            new RepeatedParagraphRemover());
        Assert.Empty(context.Removed);
    }

    [Fact]
    public void Keeps_paragraphs_that_differ_even_slightly()
    {
        var context = Clean.With($"{Repeated}\n{Repeated.Replace("4", "5", StringComparison.Ordinal)}", new RepeatedParagraphRemover());
        Assert.Empty(context.Removed);
    }
}

public class RepeatedLeadTests
{
    [Fact]
    public void Removes_a_copy_of_the_lead_once_its_dateline_is_cut()
    {
        const string lead = "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في عدة مناطق من المملكة خلال الأسبوع الماضي.";
        var cleaned = new ArticleCleaner().Clean(new BlazorReader.Core.Articles.RawArticle($"الرياض - واس: {lead}\n{lead}\nوقالت الوزارة إن الفرق الطبية تتابع الحالات.", Title: "ت"));
        Assert.Equal([lead, "وقالت الوزارة إن الفرق الطبية تتابع الحالات."], cleaned.Blocks.Select(b => b.Text));
    }
}

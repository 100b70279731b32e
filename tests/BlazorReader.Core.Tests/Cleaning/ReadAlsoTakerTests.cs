using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class ReadAlsoTakerTests
{
    private const string Lead = "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في عدة مناطق من المملكة خلال الأسبوع.";
    private const string Body = "وقالت الوزارة في بيان إن الفرق الطبية تتابع الحالات وتقدم الرعاية اللازمة للمرضى.";

    [Theory]
    [InlineData("اقرأ أيضا: الملك يستقبل ولي العهد في جدة", "الملك يستقبل ولي العهد في جدة")]
    [InlineData("اقرأ أيضاً - افتتاح معرض الكتاب", "افتتاح معرض الكتاب")]
    [InlineData("إقرأ ايضا:افتتاح معرض الكتاب", "افتتاح معرض الكتاب")]
    [InlineData("قد يهمك أيضا: افتتاح معرض الكتاب", "افتتاح معرض الكتاب")]
    [InlineData("اقرأ كمان | افتتاح معرض الكتاب", "افتتاح معرض الكتاب")]
    [InlineData("Baca juga: افتتاح معرض الكتاب", "افتتاح معرض الكتاب")]
    [InlineData("À lire : افتتاح معرض الكتاب", "افتتاح معرض الكتاب")]
    [InlineData("یہ بھی پڑھیں: افتتاح معرض الكتاب", "افتتاح معرض الكتاب")]
    [InlineData("LIHAT JUGA - افتتاح معرض الكتاب", "افتتاح معرض الكتاب")]
    public void Takes_an_inline_read_also_line_as_a_teaser(string line, string teaser)
    {
        var context = Clean.With($"{Lead}\n{line}\n{Body}", new ReadAlsoTaker());
        Assert.Equal(teaser, Assert.Single(context.Teasers).Text);
        Assert.Equal([Lead, Body], context.BodyLines());
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("- ", "- ")]
    [InlineData("• ", "• ")]
    public void Takes_a_header_and_the_titles_below_it(string bullet, string _)
    {
        var titles = new[] { "الهلال يتعاقد مع مدافع برازيلي لثلاثة مواسم", "افتتاح أكبر مشروع سكني في شمال الرياض" };
        var context = Clean.With($"{Lead}\nأخبار ذات صلة\n{bullet}{titles[0]}\n{bullet}{titles[1]}\n{Body}", new ReadAlsoTaker());
        Assert.Equal(titles, context.Teasers.Select(t => t.Text));
        Assert.Equal([Lead, Body], context.BodyLines());
    }

    [Theory]
    [InlineData("قد يهمك أيضا", "مزاجية الإنسان العربي", "النصر يحتفظ بلقب دوري جميل قبل النهاية بطعنة زرقاء")]
    [InlineData("ذات صلة...", "* الأصفران يسبحان", "* 12 ألف زائر في «عيد ينبع الصناعية»")]
    public void Takes_a_short_first_title_right_under_a_header_that_stands_alone(string header, string title, string next)
    {
        var context = Clean.With($"{Lead}\n{Body}\n{header}\n{title}\n{next}", new ReadAlsoTaker());
        Assert.Equal(2, context.Teasers.Count);
        Assert.Equal([Lead, Body], context.BodyLines());
    }

    // An interview's questions «•» and answers «••», a read-also block pasted among them with
    // its title bulleted like the questions: the title goes, the answer under it stays.
    [Fact]
    public void A_doubled_mark_under_a_title_is_the_story_s_answer()
    {
        const string question = "• هل أسهمت الصحوة في تأخير مشروعكم القصصي؟";
        const string answer = "•• لقد واجه جيلنا بكل تنوعه الفكري والثقافي هجوما شرسا في تلك المرحلة";
        var context = Clean.With($"{Lead}\n• كم ساعة كنت تقرأ؟\nقد يهمك أيضاً »\n• وقف إصدار صحيفة بعد انتقادها الاتفاق\n{answer}\n{question}\n{Body}", new ReadAlsoTaker());
        Assert.Equal("وقف إصدار صحيفة بعد انتقادها الاتفاق", Assert.Single(context.Teasers).Text);
        Assert.Equal([Lead, "• كم ساعة كنت تقرأ؟", answer, question, Body], context.BodyLines());
    }

    [Theory]
    [InlineData("الرقم الموحد للبلاغات: 920023653")]
    [InlineData("هاتف مركز الاتصال الموحد: ٠١١ ٤٦٥ ٨٨٨٨")]
    public void A_label_and_its_number_under_the_titles_is_the_story_s(string line)
    {
        var context = Clean.With($"{Lead}\nاقرأ أيضاً:\nالمملكة تستهدف مليون طن من الاستزراع السمكي\n{line}\n{Body}", new ReadAlsoTaker());
        Assert.Single(context.Teasers);
        Assert.Equal([Lead, line, Body], context.BodyLines());
    }

    [Theory]
    [InlineData("قلبٍ عرف قدرك وشاف التعاجيب")]
    [InlineData("- فاضل أحمد الحارثي")]
    [InlineData("2- لا بد أن تحترم نفسك وغيرك في الفضاء الإلكتروني.")]
    public void Leaves_what_reads_as_the_story_below_a_header(string line)
    {
        var context = Clean.With($"{Lead}\nاقرأ أيضا\nالهلال يتعاقد مع مدافع برازيلي لثلاثة مواسم\n{line}", new ReadAlsoTaker());
        Assert.Equal(line, context.Lines[^1].Text);
    }
}

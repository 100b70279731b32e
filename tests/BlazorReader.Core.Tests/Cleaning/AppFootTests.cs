using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// An app's foot under the story (signature rows, buttons, an audit trail, a label no page
// names twice) goes as one run when the model finds it likely line by line and sure of two;
// a writer signing, a point of the story's list and a sentence stop the run. Story lines are
// real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0); the foot is made up by shape.
public class AppFootTests
{
    private static readonly (int, float)[] Judged = [];

    [Fact]
    public void A_run_likely_line_by_line_and_sure_of_two_goes_whole()
    {
        string?[] texts = ["قصة", "تفاصيل الطلب", "سجل التدقيق", "عنوان IP: 12.135.189.132", "فُتح المستند"];
        double[] p = [0.02, 0.98, 0.81, 0.999, 1.0];

        var sure = Sure(texts, p);

        Assert.Equal([false, true, true, true, true], sure);
    }

    // Where the run meets the story, a line only likely (a subheading, a hotline) stays.
    [Fact]
    public void The_line_meeting_the_story_must_be_all_but_sure()
    {
        string?[] texts = ["قصة", "خطة بديلة", "سجل التدقيق", "عنوان IP: 12.135.189.132", "فُتح المستند"];
        double[] p = [0.02, 0.93, 0.98, 0.999, 1.0];

        var sure = Sure(texts, p);

        Assert.Equal([false, false, true, true, true], sure);
    }

    [Theory]
    [InlineData(0.80, 0.99)] // one line sure: not enough
    [InlineData(0.99, 0.70)] // a line below likely ends the run at one line
    public void A_run_without_the_evidence_stays(double first, double second)
    {
        string?[] texts = ["قصة", "تفاصيل الطلب", "سجل التدقيق", "عنوان IP: 12.135.189.132"];
        double[] p = [0.02, first, second, 0.9999];

        var sure = Sure(texts, p);

        Assert.Equal([false, false, false, true], sure);
    }

    [Theory]
    [InlineData("نزار عبداللطيف بنجابي - جدة")]
    [InlineData("سارة الخالدي، أبها")]
    [InlineData("ثالثاً: تمديد فترة التسجيل حتى نهاية الشهر")]
    [InlineData("3- تمديد فترة التسجيل حتى نهاية الشهر")]
    [InlineData("والله ولي التوفيق.")]
    [InlineData("الجدول التالي يوضح توزيع المستفيدين حسب المناطق:")]
    public void A_line_of_the_story_stops_the_run(string line)
    {
        string?[] texts = ["قصة", line, "سجل التدقيق", "عنوان IP: 12.135.189.132", "فُتح المستند"];
        double[] p = [0.02, 0.95, 0.97, 0.999, 1.0];

        var sure = Sure(texts, p);

        Assert.False(sure[1]);
        Assert.True(sure[2]);
    }

    [Fact]
    public void The_foot_of_an_e_signature_page_goes_and_the_story_stays()
    {
        string[] foot = ["— حسن الشمري | اليوم", "ملفات: الهلال · الدوري", "أرسل لصديق ✉ · اطبع 🖨 · شارك ↗", "مكتمل ✓ (2 من 2 توقيعات)", "سجل التدقيق",
            "٢٠١٥/7/٣١ ٢٣:30 — فُتح المستند بواسطة uxhaw@mail.com", "عنوان IP: 12.135.189.132"];

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', [.. StoryLines.Three, .. foot]), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(StoryLines.Three, cleaned.Blocks.Select(b => b.Text));
    }

    // A sentence that carries the story on and closes is the story's below an app's rows too.
    [Fact]
    public void A_closing_sentence_that_reads_on_stays_under_app_rows()
    {
        const string closing = "ويبدأ التسجيل يوم الأربعاء 2015/7/29، ويستمر أسبوعين.";
        string[] lines = ["مجمع النخبة العالمية· Parents App", "الابنة: هند · الصف الأول المتوسط أ", "الحضور اليوم: حاضرة ✓ | أيام الغياب هذا الفصل: 0",
            StoryLines.Three[0], "✉ من الإدارة: ريم الدوسري (غير مقروءة)", closing, "Share: X | Telegram | Email"];

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Contains(cleaned.Blocks, b => b.Text == closing);
        Assert.Contains(cleaned.Blocks, b => b.Text == StoryLines.Three[0]);
    }

    private static bool[] Sure(string?[] texts, double[] p)
    {
        var sure = p.Select(x => x >= 0.9966).ToArray();
        LearnedChromeRemover.FootRun(texts, [.. texts.Select(_ => Judged)], p, sure, 0.9966);
        return sure;
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A more-link's words glued after the story's last sentence, past its stop, an ellipsis or a
// bar, are cut off it; the sentence keeps its stop and every word of its own.
public class GluedMoreLinkTests
{
    private static readonly string[] Story = StoryLines.Three;

    private static CleanedArticle Clean(params string[] lines) =>
        new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

    [Theory]
    [InlineData("... رابط المادة الأصلية https://example.com/n/65913")]
    [InlineData(" …تابع")]
    [InlineData(" | تابع القراءة على الموقع")]
    [InlineData(" | أكمل القراءة »")]
    [InlineData(" … النص الكامل في الرابط")]
    [InlineData(" التفاصيل كاملة من هنا")]
    [InlineData(" | لمتابعة بقية التفاصيل اضغط الرابط https://example.com/n/61076")]
    [InlineData(" اقرأ النص الكامل ←")]
    [InlineData(" | شاهد")]
    public void The_link_goes_and_the_sentence_stays(string link)
    {
        var cleaned = Clean(Story[0], Story[1], Story[2] + link);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Contains(cleaned.Removed, r => r.Reason == "more-link");
    }

    [Theory]
    [InlineData("وقال المتحدث إن الوزارة ستواصل العمل. للمزيد من المعلومات يمكن الاتصال على الرقم 920")]
    [InlineData("وقال المتحدث إن الوزارة ستواصل العمل على تنفيذ الخطة. التفاصيل في الصفحة الرابعة")]
    [InlineData("وأضاف أن «الحكومة ستعلن التفاصيل كاملة من هنا إلى نهاية الشهر» في بيان رسمي")]
    public void A_last_sentence_in_the_same_words_stays(string last)
    {
        var cleaned = Clean(Story[0], Story[1], last);

        Assert.Equal([Story[0], Story[1], last], cleaned.Blocks.Select(b => b.Text));
    }
}

// A picture's caption over its photographer's credit, in the story's middle: both go. A
// subheading over a credit, a gallery's captions over one another and a sentence stay.
// Story lines are real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0).
public class CaptionOverCreditTests
{
    private static readonly string[] Story = StoryLines.Three;

    private static CleanedArticle Clean(params string[] lines) =>
        new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

    [Theory]
    [InlineData("جانب من المعرض", "الصورة: سعد المالكي")]
    [InlineData("من موقع الحادث", "©: AFP")]
    [InlineData("مقر الهيئة في أبها", "Photo: Reuters")]
    [InlineData("أثناء الجولة الميدانية", "تصوير: عبدالله الزهراني")]
    public void The_caption_goes_with_its_credit(string caption, string credit)
    {
        var cleaned = Clean(Story[0], caption, credit, Story[1], Story[2]);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal("caption", Assert.Single(cleaned.Removed, r => r.Text == caption).Reason);
    }

    [Theory]
    [InlineData("مفسدة عظيمة", "الصورة: سعد المالكي")]
    [InlineData("جندي سعودي يؤمن نزول المؤن", "صورة للذكرى مع طفلة يمنية أمام مطار عدن")]
    [InlineData("ويموت ما تنظر عيونه حبايب", "👈 جموع غفيرة تودع الفقيد إلى مثواه الأخير")]
    public void A_line_over_no_photographer_s_credit_or_naming_no_scene_stays(string line, string below)
    {
        var cleaned = Clean(Story[0], line, below, Story[1], Story[2]);

        Assert.Contains(cleaned.Blocks, b => b.Text == line);
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// The story's own interview and table, which look like chrome: each of these lost a paragraph
// on a catalogue written apart (the fourteenth) before it was read.
public class StoryTablesAndInterviewsTests
{
    private const string Lead = "اختتم المنتخب السعودي للناشئين مبارياته في الدور التمهيدي من البطولة العربية للكرة الطائرة في العاصمة المغربية الرباط أمس بفوز على منتخب تونس.";
    private const string Second = "وأكد مدرب المنتخب أن اللاعبين قدموا مستوى فنيا كبيرا في المباريات الماضية، وأن الفريق يستعد للدور المقبل بمعسكر قصير في المغرب.";

    private static string Body(CleanedArticle cleaned) => string.Join("\n", cleaned.Blocks.Where(b => b.Kind != BlockKind.Tweet).Select(b => b.Text));

    // Two answers may say the same words; a pulled quote never sits right under a question.
    [Fact]
    public void An_answer_under_its_question_stays_though_another_answer_said_the_same()
    {
        const string answer = "ج: الأولوية الآن هي البناء على ما تحقق، والأبواب مفتوحة للجميع.";
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Lead, "وفي حوار مقتضب مع مدير المنتخب:",
            "س: كيف تقيّمون ما تحقق حتى الآن؟", answer, "س: ما رسالتكم للجمهور؟", answer, Second), "المنتخب يختتم الدور التمهيدي"));

        Assert.Equal(2, cleaned.Blocks.Count(b => b.Text == answer));
        Assert.Contains(Second, Body(cleaned), StringComparison.Ordinal);
    }

    // «الرياض: محمد العتيبي» is a byline; «الرياض: 1896 مستفيدًا» a row of the story's table.
    [Theory]
    [InlineData("الرياض: 1896 مستفيدًا")]
    [InlineData("القصيم: ٢٥٧٤ حالة")]
    public void A_place_and_a_count_closing_the_story_is_its_tables_row_not_a_byline(string row)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Lead, Second, "وتوزع المستفيدون على المناطق كالتالي:",
            "منطقة مكة المكرمة - 4516", "حائل - 3743", row), "المنتخب يختتم الدور التمهيدي"));

        Assert.EndsWith(row, Body(cleaned), StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_and_a_name_closing_the_story_is_still_its_byline()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Lead, Second, "الرياض: محمد العتيبي"), "المنتخب يختتم الدور التمهيدي"));

        Assert.DoesNotContain("محمد العتيبي", Body(cleaned), StringComparison.Ordinal);
    }

    // The template's «{صورة: …}» glued before a paragraph goes; the paragraph stays.
    [Theory]
    [InlineData("{صورة: صورة أرشيفية - تصوير ريم الشهري} ")]
    [InlineData("[فيديو] ")]
    public void A_pictures_place_in_braces_glued_before_a_paragraph_goes_and_the_paragraph_stays(string note)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Lead, note + Second), "المنتخب يختتم الدور التمهيدي"));

        Assert.Equal(string.Join('\n', Lead, Second), Body(cleaned));
    }

    // «الرد» copied under an embedded tweet is the card's control: the page goes on below it, and
    // the column's last paragraph is no teaser.
    [Fact]
    public void A_tweets_reply_control_ends_the_card_not_the_page()
    {
        const string last = "أتطلع فعلا أن يكون للاتحاد دور فاعل وحيوي وتنفيذي لإيقاف الإدارات التي تعمل لنفسها فقط ولا يهمها ما تعنيه المنشآت الرياضية للجمهور.";
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Lead, Second,
            "Sarah Saleh @SarahSaleh", "Thank you to everyone who supported our partners at the ministry.", "pic.twitter.c", "om/yF8Zu1p6jw", "الرد", last),
            "المنتخب يختتم الدور التمهيدي"));

        Assert.EndsWith(last, Body(cleaned), StringComparison.Ordinal);
        Assert.Contains(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
    }
}

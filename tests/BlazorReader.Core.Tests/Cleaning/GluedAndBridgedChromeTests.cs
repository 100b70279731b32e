using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Chrome that shares a line with the story (a closing sentence with a link glued after it, a
// dateline «place | date» with the story's first line after the date), headers of other
// stories in the grammar's new words, and the learned model's runs bridged over one line it
// only finds likely. Story lines are real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC
// BY-NC-SA 4.0); the chrome is made up by shape.
public class GluedAndBridgedChromeTests
{
    private static readonly string[] Story = StoryLines.Three;
    private const string Title = "النهضة يتعاقد مع الرجاء والكسار";

    private static CleanedArticle Clean(params string[] lines) => new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: Title));

    [Theory]
    [InlineData("وبالله التوفيق.", " تابع القراءة على مستودع الأخبار ←")]
    [InlineData("والله ولي التوفيق.", " رابط مختصر: https://t.ly/cLA0NOV")]
    public void A_closing_sentence_keeps_its_place_when_a_link_is_glued_after_it(string sentence, string glued)
    {
        var cleaned = Clean(Story[0], Story[1], sentence + glued);

        Assert.Equal([Story[0], Story[1], sentence], cleaned.Blocks.Select(b => b.Text));
        Assert.Contains(cleaned.Removed, r => r.Text == glued.Trim());
    }

    [Fact]
    public void A_line_of_chrome_in_two_sentences_goes_whole()
    {
        var cleaned = Clean(Story[0], Story[1], "جميع الحقوق محفوظة. تابعونا على تويتر");

        Assert.Equal(Story[..2], cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("المدينة المنورة |٢٦٫٧٫٢٠١٥  ", "جانب من الحفل")]
    [InlineData("د.ب.أ| جازان |يوليو 31، 2015 ", "لجنة الانتخابات في موقع الأمانة")]
    [InlineData("القاهرة |3 آب 2015 ", "(الجزيرة) انفردت الأربعاء الماضي بخبر التجديد للفهمي")]
    [InlineData("أ ب |موسكو – ٨ آب/أغسطس ٢٠١٥ـ ", "لا تحرض ضيقتي وتحدني")]
    [InlineData("واس| جدة – ٣ أغسطس ٢٠١٥ ", "أعلنت الهيئة عن بدء التسجيل في البرنامج")]
    public void A_dateline_of_place_and_date_leaves_the_story_s_line_after_the_date(string dateline, string line)
    {
        var cleaned = Clean(dateline + line, Story[0], Story[1]);

        Assert.Equal([line, Story[0], Story[1]], cleaned.Blocks.Select(b => b.Text));
        Assert.Contains(cleaned.Removed, r => r.Reason == "dateline" && r.Text == dateline.Trim());
    }

    [Theory]
    [InlineData("الرياض | 2015 عام الإنجازات")]
    [InlineData("وقال الوزير | 5 أغسطس 2015 موعد الافتتاح")]
    [InlineData("الرياض | الهلال يفوز على النصر")]
    public void A_bar_without_a_place_and_a_date_after_it_is_no_dateline(string line) => Assert.Null(DatelinePrefix.SplitBarredDate(line));

    [Theory]
    [InlineData("أسئلة مشابهة")]
    [InlineData("أسئلة ذات صلة:")]
    [InlineData("فيديوهات مقترحة ▼")]
    [InlineData("كتب قد تعجبك")]
    [InlineData("ربما فاتك")]
    [InlineData("التالي في النشرة")]
    [InlineData("القصة التالية")]
    [InlineData("Up next")]
    [InlineData("في السياق نفسه")]
    [InlineData("◄ من الموضوع ذاته:")]
    public void Headers_of_other_stories_in_new_nouns_and_next_headers_head_their_list(string header) => Assert.True(OtherStoriesHeader.IsHeader(header));

    [Theory]
    [InlineData("حالات مشابهة في دول أخرى")]
    [InlineData("وجاء في البيان التالي")]
    [InlineData("مرة أخرى")]
    [InlineData("في السياق نفسه قال الوزير:")]
    [InlineData("وفي السياق ذاته")]
    public void A_story_s_short_line_with_the_same_words_is_no_header(string line) => Assert.False(OtherStoriesHeader.IsHeader(line));

    [Fact]
    public void Other_stories_under_a_header_of_new_words_go_as_teasers_at_the_foot()
    {
        var cleaned = Clean(Story[0], Story[1], Story[2], "التالي في النشرة", "• أمانة جدة تحبط بيع 5 أطنان حلويات تالفة", "• أمانة حائل تبدأ في تدريب أعضاء الانتخابات البلدية");

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(2, cleaned.Teasers.Count);
    }

    // One line of a run the model finds likely but not sure of goes with the sure lines round it,
    // at the page's edge or between them; a sentence there stays whatever the model says.
    [Fact]
    public void A_likely_line_between_sure_lines_is_bridged_a_sentence_is_not()
    {
        string?[] texts = ["شارك", "سطر", "عداد", "وبالله التوفيق.", "وسوم", null, "آخر"];
        double[] probability = [1, 0.95, 1, 0.95, 1, 0, 0.95];
        bool[] sure = [true, false, true, false, true, false, false];
        LearnedChromeRemover.Bridge(texts, probability, sure);
        Assert.Equal([true, true, true, false, true, false, false], sure);

        bool[] edge = [false, true, false, false, false, false, false];
        LearnedChromeRemover.Bridge(texts, [0.95, 1, 0.5, 0, 0, 0, 0], edge);
        Assert.Equal([true, true, false, false, false, false, false], edge);
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// The story's own lines beside shapes of chrome a cleaner tuned elsewhere had not met: each
// of these lost a paragraph on a catalogue written apart (the thirteenth) before it was read.
public class BodyBesideNewChromeTests
{
    private const string Lead = "بلغت العملة الروسية أمس أدنى مستوياتها منذ أكثر من أربعة أشهر أمام اليورو والدولار بعد قرار البنك المركزي خفض الفائدة.";
    private const string Second = "وكان أغلب المحللين يتوقعون خفض الفائدة نصف نقطة، لكن هبوط العملة الروسية في الأيام الأخيرة أثار قلق البنك المركزي.";
    private const string Third = "ويتحرك سعر العملة الروسية حاليا بين 59 و60 للدولار مقابل 49 و50 في أيار الماضي، بحسب أرقام البنك المركزي.";

    private static string Body(CleanedArticle cleaned) => string.Join("\n", cleaned.Blocks.Where(b => b.Kind != BlockKind.Tweet).Select(b => b.Text));

    [Theory]
    [InlineData("#روسيا #اقتصاد\nhttps://t.co/zVJa3aLu\n— علي الشمري (@anisbenali) 27 نوفمبر 2013")]
    [InlineData("#روسيا #عاجل t.\nco/zVJa3aLu\n— علي الشمري (@anisbenali) 27 نوفمبر 2013")]
    public void A_tweet_of_tags_alone_leaves_the_storys_paragraph_above_it(string tweet)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Lead, Second, tweet, Third), "الروبل يهوي"));

        Assert.Contains(Second, Body(cleaned), StringComparison.Ordinal);
        var card = Assert.Single(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.StartsWith("#روسيا", card.Text, StringComparison.Ordinal);
        Assert.Equal("https://t.co/zVJa3aLu", card.Url);
    }

    [Fact]
    public void A_tweets_own_sentence_above_its_tags_is_still_its_text()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Lead, "Breaking! we are following the situation in Moscow. Stay tuned!", "#news #روسيا",
            "https://t.co/l4wPRy9mPY", "- David (@David_54fr) Aug 8, 2015", Second, Third), "الروبل يهوي"));

        var card = Assert.Single(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.StartsWith("Breaking!", card.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ملاحظة المحرر - جرى تحديث هذا الخبر بعد نشره في الخميس، 23 تموز 2015.")]
    [InlineData("توضيح: عُدّل عنوان هذا الخبر بعد نشره ليعكس مضمونه بدقة أكبر.")]
    [InlineData("Correction : une erreur s'était glissée dans le chiffre cité plus haut.")]
    public void A_papers_note_on_the_story_is_kept_whole_above_or_below_it(string note)
    {
        foreach (var text in (string[])[string.Join('\n', "اشترك في نشرتنا اليومية", note, Lead, Second, Third), string.Join('\n', Lead, Second, Third, note, "حقوق النشر © 2015 شمس الكرمل")])
        {
            var cleaned = new ArticleCleaner().Clean(new RawArticle(text, "الروبل يهوي"));

            Assert.Contains(note, Body(cleaned), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("واستهل مدير الجامعة كلمته بقول الله عز وجل: ﴿وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى﴾ (المائدة: 2)")]
    [InlineData("«المسلم من سلم المسلمون من لسانه ويده» (متفق عليه)")]
    public void A_verse_or_a_hadith_the_story_quotes_is_no_pages_chrome(string quoted) =>
        Assert.False(ChromeLineModel.Judges(quoted));

    [Fact]
    public void A_line_ending_on_a_comma_below_a_block_of_titles_runs_the_story_on()
    {
        const string Guests = "حضر الحفل عدد من الأعيان والأقارب والأصدقاء والزملاء،";
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', "احتفلت أسرتا الطريقي والسبيعي بزواج الشاب أسامة بن علي الطريقي في القاعة الماسية للاحتفالات بمحافظة الزلفي مساء أمس.",
            "أقيم حفل الزواج في القاعة الماسية للاحتفالات بمحافظة الزلفي.", "طالع أيضاً", "أفراح المواش وآل سهل", Guests, "تهانينا."), "أفراح الطريقي والسبيعي"));

        Assert.Contains(Guests, Body(cleaned), StringComparison.Ordinal);
        Assert.DoesNotContain("أفراح المواش", Body(cleaned), StringComparison.Ordinal);
    }

    [Fact]
    public void The_storys_own_list_goes_on_below_a_block_of_related_titles()
    {
        string[] story =
        [
            "إذا كنت لا تملك الإمكانات المادية ولا الوقت الطويل لأخذ إجازة من عملك للسفر، فهناك طرق تجعلك تشعر أنك سائح في مدينتك.",
            "- التحقق من المتاحف الصغيرة بالمنطقة التي تعيش فيها",
            "ففي كل منطقة وحي سكني يوجد متحف صغير يعرض ثقافة وفنون البلدية التي يوجد فيها، ويمكنك زيارته في يوم العطلة.",
            "- ابحث في التاريخ",
            "لكل شارع وحي ومبنى أثري حكاية وتاريخ، ومن الممتع أن تتعرف عليها وتبحث عنها مع أصدقائك.",
        ];
        const string Walk = "- اذهب في جولات سيرًا على الأقدام";
        const string Last = "إذا كنت تعيش في حي تستطيع السير فيه لمشاهدة المتاجر والأماكن العامة، فتخلى عن سيارتك لبضع ساعات وتجول في الحي.";
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', [.. story, "أخبار ذات صــلة",
            "مهرجان البيرة الرابع للفولكلور.. رقص وحكايات و«موال» تقدم عرضًا مؤثرًا", "لكل مقترض أحمق مقرض أحمق مثله", Walk, Last]), "كيف تشعر أنك سائح في مدينتك؟"));

        Assert.Contains(Walk, Body(cleaned), StringComparison.Ordinal);
        Assert.Contains(Last, Body(cleaned), StringComparison.Ordinal);
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;

namespace BlazorReader.Core.Tests.Cleaning;

// Shapes from the held-out catalogue (`bench clean --catalogue holdout`) that the cleaner got
// wrong, around real corpus paragraphs: each test is one shape, and what a reader must see.
public class HeldOutShapeTests
{
    private static RawArticle Fixture(string name) =>
        ArticleSourceReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus", name + ".json")).Single().Article!;

    private static List<string> Paragraphs(RawArticle article) =>
        [.. article.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static CleanedArticle CleanLines(RawArticle article, IEnumerable<string> lines) =>
        new ArticleCleaner().Clean(article with { Text = string.Join("\r\n", lines) });

    [Fact]
    public void Keeps_the_last_paragraph_when_a_share_bar_sits_above_the_lead()
    {
        var article = Fixture("aleqtisadiya-976589");
        var body = Paragraphs(article);
        var cleaned = CleanLines(article, ["Facebook • WhatsApp • Tumblr • Twitter", .. body, "يمنع الاقتباس أو النقل دون الإشارة إلى المصدر"]);
        Assert.Equal(body, cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Ends_a_read_also_block_at_the_first_line_without_its_bullet()
    {
        var article = Fixture("aawsat");
        var body = Paragraphs(article).Take(3).ToList();
        string[] block = ["🔴 اقرأ أيضا:", "◀ مركز الملك سلمان يدعم عدن بالمحروقات", "◀ النصر يحدد غدا مهلة أخيرة لليونسي"];
        var question = "ماذا عن أسعار النفط بعد رفع الحظر؟";
        var cleaned = CleanLines(article, [body[0], body[1], .. block, question, body[2]]);
        Assert.Equal([body[0], body[1], question, body[2]], cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(["مركز الملك سلمان يدعم عدن بالمحروقات", "النصر يحدد غدا مهلة أخيرة لليونسي"], cleaned.Teasers.Select(t => t.Text));
    }

    [Fact]
    public void A_reply_tweet_takes_no_list_item_above_it_as_its_text()
    {
        var article = Fixture("aawsat");
        var body = Paragraphs(article).Take(3).ToList();
        const string item = "- التحقق من أسعار النفط في الأسواق القريبة";
        var cleaned = CleanLines(article,
        [
            body[0], item, "@opec_watch توقعات البنك الدولي لأسعار النفط بعد الاتفاق https://t.", "co/Ab3dE9xYz1",
            "— هشام الخالدي (@oil_desk) 21 July 2015", body[1], "- زيارة الأسواق المحلية", body[2],
        ]);
        var tweet = Assert.Single(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.Equal("@opec_watch توقعات البنك الدولي لأسعار النفط بعد الاتفاق", tweet.Text);
        Assert.Equal("https://t.co/Ab3dE9xYz1", tweet.Url);
        Assert.Equal([body[0], item, body[1], "- زيارة الأسواق المحلية", body[2]], cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
    }

    [Theory]
    [InlineData("تمت المشاهدة ١٧ مرة", "counter")]
    [InlineData("عدد القراء : 23", "counter")]
    [InlineData("نشر بتاريخ: ١٩/٧/٢٠١٥", "timestamp")]
    [InlineData("آخر تعديل 10:32 ص", "timestamp")]
    [InlineData("اطبع الخبر", "share")]
    [InlineData("شارك هذا الموضوع مع أصدقائك", "share")]
    [InlineData("للمتابعة عبر واتس آب اضغط هنا", "share")]
    [InlineData("Share on Tumblr", "share")]
    [InlineData("الموقع غير مسؤول عن التعليقات المنشورة", "footer")]
    [InlineData("الآراء الواردة تعبر عن أصحابها ولا تمثل الموقع", "footer")]
    [InlineData("رابط مختصر :", "more-link")]
    public void Takes_chrome_below_the_story_by_its_shape(string chrome, string reason)
    {
        var article = Fixture("aawsat");
        var body = Paragraphs(article).Take(3).ToList();
        var cleaned = CleanLines(article, [.. body, chrome]);
        Assert.Equal(body, cleaned.Blocks.Select(b => b.Text));
        Assert.Contains(cleaned.Removed, r => r.Text == chrome && r.Reason == reason);
    }

    [Theory]
    [InlineData("المصدر/ رويترز", "رويترز")]
    [InlineData("المصدر ← أنباء الخليج", "أنباء الخليج")]
    [InlineData("▪️ المصدر: وكالة الأنباء السعودية", "وكالة الأنباء السعودية")]
    public void Takes_a_credit_with_any_separator_as_the_attribution(string credit, string who)
    {
        var article = Fixture("aawsat");
        var body = Paragraphs(article).Take(3).ToList();
        var cleaned = CleanLines(article, [.. body, credit, "اطبع الخبر"]);
        Assert.Equal(body, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(who, cleaned.Attribution);
    }

    [Theory]
    [InlineData("بقلم/ لمى العسيري")]
    [InlineData("بواسطة نواف الشريف")]
    public void Takes_a_byline_above_the_story(string byline)
    {
        var article = Fixture("aawsat");
        var body = Paragraphs(article).Take(3).ToList();
        var cleaned = CleanLines(article, [byline, .. body]);
        Assert.Equal(body, cleaned.Blocks.Select(b => b.Text));
        Assert.Contains(cleaned.Removed, r => r.Text == byline && r.Reason == "byline");
    }

    [Fact]
    public void Keeps_a_story_sentence_about_intellectual_property()
    {
        var article = Fixture("aawsat");
        var body = Paragraphs(article).Take(2).Append("واتخذ المسؤولون خطوات حازمة لفرض احترام حقوق الملكية الفكرية ودفعوا الشركات لتسجيل العلامات التجارية.").ToList();
        Assert.Equal(body, CleanLines(article, body).Blocks.Select(b => b.Text));
    }
}

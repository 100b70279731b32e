using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Marks that look like a page's end or a dateline's but sit inside the story: what follows them
// or what they enclose is the story's, and a reader would miss it (fifth catalogue, written
// blind, and the corpus as it is).
public class InsideTheStoryTests
{
    private const string Title = "اختتام فعاليات مهرجان القطيف السادس";
    private const string Lead = "اختتمت أمس الأول فعاليات مهرجان القطيف السادس على الواجهة البحرية في محافظة القطيف والذي نظمته أمانة المنطقة الشرقية.";
    private const string Second = "وشهد اليوم الأخير من المهرجان إطلاق الألعاب النارية وتكريم الشخصيات التي دعمت المهرجان منذ انطلاقه.";
    private const string AfterCredit = "واستخدمت وحدة النظام في المهرجان أجهزة الكشف عند بوابات المهرجان لكل من يدخل من زوار ومتطوعين.";
    private const string Last = "ووصف المشرف على المهرجان الحضور الكبير بأنه أمر يدعو للغبطة ومبادرة جميلة من المهرجان.";

    // A picture's credit, however its photographer and agency are set apart.
    [Theory]
    [InlineData("©/ Khalid Harthy / EPA")]
    [InlineData("© Dina Abbadi / Reuters")]
    [InlineData("◀ © :Tarek Zubairi / AFP")]
    [InlineData("📸©/Samir Ould Ahmed / AFP")]
    public void Paragraphs_under_a_picture_credit_that_carry_the_story_on_stay(string credit)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle($"{Lead}\n{Second}\n{credit}\n{AfterCredit}\n{Last}", Title));
        var body = cleaned.Blocks.Select(b => b.Text).ToList();
        Assert.Equal([Lead, Second, AfterCredit, Last], body);
    }

    // Story text before a dash or a colon that is part of the sentence, from corpus openings.
    [Theory]
    [InlineData("رحل الأمير سعود الفيصل -رحمه الله- بعد مسيرة طويلة في خدمة الدبلوماسية السعودية امتدت أربعة عقود.")]
    [InlineData("هيمن فيلم “ميشن: إمبوسيبل- روغ نيشن” على إيرادات شباك التذاكر في أمريكا الشمالية هذا الأسبوع.")]
    [InlineData("دفعت خمسة اندية سعودية (الاتحاد – الاهلي - الهلال) بطلبات رسمية للمشاركة في البطولة العربية المقبلة.")]
    [InlineData("(١)علمتني الصحراء: أن الصبر مفتاح كل شيء وأن الماء أثمن ما يملكه المسافر في طريقه الطويل.")]
    public void A_mark_inside_the_opening_sentence_cuts_nothing(string opening)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle($"{opening}\n{Second}", "عنوان الخبر"));
        Assert.Equal(opening, cleaned.Blocks[0].Text);
        Assert.Null(cleaned.Dateline);
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A story's own list goes on under its mark below a block set in it (a picture with its
// licence, a post): its last items at the page's foot are no teasers, and a picture's licence
// («© فلان — نسب المصنف ٤٫٠») ends no page. Story lines are real corpus text (SaudiNewsNet,
// Mazen Abdulaziz, CC BY-NC-SA 4.0); the list and the chrome are made up by shape.
public class StoryListUnderABlockTests
{
    private const string Lead = "اختتم مركز الملك عبدالعزيز للحوار الوطني، برنامجا تدريبيا لمنسوبي عمادة التعليم الإلكتروني بجامعة الإمام محمد بن سعود الإسلامية.";
    private static readonly string[] First = ["- تطوير مهارات الحوار لدى المتدربين.", "- التعريف بأهمية الحوار والاتصال الفعال مع الآخرين."];
    private static readonly string[] Last = ["- استخدام الطرق والمؤثرات اللفظية بفعالية.", "- توظيف لغة الجسد لصالح الفكرة ونقل الرسالة بوضوح."];

    [Theory]
    [InlineData("© عبدالله بن خالد العمري — نسب المصنف ٤٫٠")]
    [InlineData("© Saad Alharbi — CC BY-SA 4.0")]
    public void The_list_s_last_items_under_a_picture_s_licence_stay(string licence)
    {
        string[] page = [Lead, .. First, licence, .. Last, "من نحن · سياسة الخصوصية · شروط الاستخدام · أعلن معنا"];

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', page)));

        Assert.Equal([Lead, .. First, .. Last], cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_page_s_copyright_still_ends_the_page()
    {
        string[] page = [Lead, "جميع الحقوق محفوظة © 2015 صحيفة عكاظ", "- وزير الخارجية يستقبل الأمين العام لمجلس التعاون", "- النفط يتراجع في التعاملات الآسيوية"];

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', page)));

        Assert.Equal([Lead], cleaned.Blocks.Select(b => b.Text));
    }
}

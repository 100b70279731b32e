using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Three paragraphs of real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0) that
// the generated pages of several shape tests are built round; each must come back whole.
internal static class StoryLines
{
    public static readonly string[] Three =
    [
        "أنهت إدارة نادي النهضة اجراءات التعاقد مع الظهير الايمن وليد الرجاء والمدافع عبدالعزيز الكسار بحضور عضو الإدارة محمد النهدي ومدير الكرة فؤاد السليم.",
        "وكانت تدعو خصوصا إلى رفع الحظر الاقتصادي المفروض على الجزيرة الشيوعية منذ عام 1962.",
        "وأوضح أن اللجنة ستواصل عملها خلال الأيام المقبلة لاستكمال جميع الإجراءات المطلوبة قبل بدء الموسم الرياضي الجديد.",
    ];

    public static readonly string[] Two = Three[..2];

    public static readonly string[] Four = [.. Three, "وأوضح أن الفريق سيواصل استعداداته للموسم المقبل بمعسكر خارجي في النمسا خلال الأسابيع المقبلة."];

    // The texts of the blocks a page of lines comes back as, cleaned under the story's title.
    public static IReadOnlyList<string> Clean(IEnumerable<string> lines) =>
        [.. new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: Title)).Blocks.Select(b => b.Text)];

    private const string Title = "النهضة يتعاقد مع الرجاء والكسار";

    // A page of these lines with one post among them, cleaned under the story's title: the
    // story's paragraphs come back as `paragraphs`, and the one post is returned to be read.
    public static ContentBlock OnePost(IEnumerable<string> lines, IEnumerable<string> paragraphs)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: Title));
        Assert.Equal(paragraphs, cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
        return Assert.Single(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
    }
}

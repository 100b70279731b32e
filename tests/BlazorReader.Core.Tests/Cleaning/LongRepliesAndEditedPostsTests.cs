using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A post card copied heading first with a text longer than a tweet's: «Name @handle · date»
// (perhaps «· تم التعديل» after the date), a reply's «رداً على @x» and a translation's note, two
// long lines of text, an edited post's «تم التعديل» alone, then its link broken anywhere. Both
// lines are the post's: the heading bounds them above and the link below. With another
// author's link under them, the lines are the story's. Story lines are real corpus text
// (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0); the post's lines are written for the test.
public class LongRepliesAndEditedPostsTests
{
    private static readonly string[] Story = StoryLines.Three;

    private const string FirstLine = "وأوضح المتحدث باسم الهيئة أن فرق الرصد الميداني تابعت خلال الأيام الماضية مستويات الغبار في المحافظات الشمالية، وأن القراءات تجاوزت الحدود المسموح بها في ثلاث محطات على الأقل، مما استدعى إصدار تنبيهات للمدارس والمستشفيات";
    private const string SecondLine = "وأضاف أن الهيئة ستنشر قراءات المحطات كل ساعة عبر تطبيقها وموقعها الإلكتروني، داعياً المصابين بأمراض الجهاز التنفسي إلى تجنب الخروج في ساعات الذروة حتى تنحسر موجة الغبار المتوقعة نهاية الأسبوع.";

    private static readonly string[] Headings =
    [
        "هيئة الأرصاد @ncm_saudi · 5 أغسطس 2015",
        "هيئة الأرصاد @ncm_saudi · ٥ أغسطس ٢٠١٥ · تم التعديل",
        "@ncm_saudi · 05/08/2015 · 7:15 م",
        "هيئة الأرصاد @ncm_saudi · Aug 5, 2015 · Edited",
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 48)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Two_long_lines_between_a_dated_heading_and_the_link_are_the_post_s_text(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var link = Pick("https://twitter.com/ncm_saudi/status/628935128364261376", "https://x.com/ncm_saudi/status/628935128364261376", "https://t.co/XQsm9aYIQr");
        string[] reply = seed % 3 == 0 ? [Pick("رداً على @SaudiMOH", "Replying to @SaudiMOH", "ردًا على @SaudiMOH و@ncm_ar")] : [];
        string[] note = seed % 4 == 1 ? [Pick("مترجم من الإنجليزية", "Translated from English")] : [];
        string[] edited = seed % 5 == 2 ? [Pick("تم التعديل", "Edited", "(تم التعديل)")] : [];
        List<string> lines = [Story[0], Story[1], Pick(Headings), .. reply, .. note, FirstLine, SecondLine, .. edited, .. BrokenLink.Pieces(r, link), Story[2]];

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(Story, cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
        var post = Assert.Single(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.Equal(($"{FirstLine}\n{SecondLine}", "ncm_saudi", new DateOnly(2015, 8, 5)), (post.Text, post.Handle, post.Date));
        Assert.Equal(link, post.Url);
    }

    [Fact]
    public void A_long_line_over_another_author_s_link_stays_the_story_s()
    {
        List<string> lines = [Story[0], "هيئة الأرصاد @ncm_saudi · 5 أغسطس 2015", FirstLine, SecondLine, "https://twitter.com/SaudiMOH/status/628935128364261376", Story[1]];

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        // (The last line alone with the link under it reads as an unsigned post, as it always has.)
        Assert.Contains(cleaned.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text == FirstLine);
        Assert.DoesNotContain(cleaned.Blocks, b => b.Kind == BlockKind.Tweet && b.Text.Contains(FirstLine, StringComparison.Ordinal));
    }

    // The learned second opinion weighs a line's shape: a short report of what an agency said
    // at the story's foot, among a page's chrome, looks like a credit; it is the story's.
    [Theory]
    [InlineData("أفادت وكالة رويترز بأن الوفد وصل مساء أمس.")]
    [InlineData("ذكرت وكالة الأنباء السعودية أن الاجتماع يعقد الأحد المقبل.")]
    public void A_report_of_what_an_agency_said_at_the_foot_stays(string report)
    {
        List<string> lines = [.. Story, "أرسل لصديق · اطبع · حفظ", report, "166 مقعداً متبقياً · ٢٣٤ متطوعاً سجلوا", "ساعاتك التطوعية: 68 ساعة · 5 شارات", "مواضيع: الرياض | الصيف | السعودية"];

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal([.. Story, report], cleaned.Blocks.Select(b => b.Text));
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A page ends once. A copy script prints its notice («© … تابع القراءة: URL») after every chunk
// it copied, glued to the chunk's last sentence or on a line of its own; a notice under which
// the story reads on ends nothing; a story's short closing is no other story's title even below
// a notice. Marks glued before a paragraph (a script's timecode, a checker's match share) go and
// the paragraph stays. Story lines are real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC
// BY-NC-SA 4.0); the chrome is made up by shape.
public class CopyGuardAndPageEndTests
{
    private static readonly string[] Story = StoryLines.Three;

    private static CleanedArticle Clean(params string[] lines) =>
        new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 30)];

    private static T Pick<T>(Random random, params T[] items) => items[random.Next(items.Length)];

    private static string Address(Random r) =>
        $"{Pick(r, "http://www.", "https://", "https://www.")}{Pick(r, "okaz.com.sa/news/", "alyaum.com/article/", "al-madina.com/node/")}{r.Next(1000, 999999)}";

    private static string Notice(Random r, string address) => Pick(r,
        $"{Pick(r, "تابع القراءة", "اقرأ المزيد", "Read more at", "المصدر")}{Pick(r, ": ", " : ", ":")}{address}{Pick(r, " ©", "")}",
        $"{Pick(r, "Copyright © All rights reserved", "حقوق النشر © الصحيفة — يرجى ذكر المصدر عند النقل", "جميع الحقوق محفوظة ©")}");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_copy_script_s_notice_after_every_chunk_leaves_the_whole_story(int seed)
    {
        var r = new Random(seed);
        var address = Address(r);
        var notice = Notice(r, address);
        var glued = notice.Contains("://", StringComparison.Ordinal) && r.Next(2) == 0;
        var page = Story.SelectMany(p => glued ? [$"{p} {notice}"] : new[] { p, notice }).ToList();

        var cleaned = Clean([.. page, "« اقرأ أيضا » أخضر الناشئين يواجه الإمارات"]);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_notice_under_which_the_story_reads_on_ends_nothing()
    {
        var cleaned = Clean(Story[0], "حقوق النشر © البيان — يرجى ذكر المصدر عند النقل", Story[1], Story[2], "انشر الخبر على حسابك");

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("وبالله التوفيق.")]
    [InlineData("والله من وراء القصد.")]
    [InlineData("والله ولي التوفيق.")]
    [InlineData("ويعود تاريخ المبنى إلى عام ١٩٣٥م.")]
    [InlineData("وكانت الصحيفة قد نشرت قبل أسبوعين أن العمل في المشروع سيبدأ مطلع الشهر.")]
    public void A_story_s_closing_below_a_notice_stays(string closing)
    {
        var cleaned = Clean([.. Story, "جميع الحقوق محفوظة لصحيفة الوئام 2015 ©", closing]);

        Assert.Equal([.. Story, closing], cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("(00:01:23) ")]
    [InlineData("(٠٠:٠٢:١٥) - ")]
    [InlineData("[مطابق 12%] ")]
    [InlineData("[٣٤٪] ")]
    public void A_mark_glued_before_a_paragraph_goes_and_the_paragraph_stays(string mark)
    {
        var cleaned = Clean(Story[0], mark + Story[1], Story[2]);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("وأوضح أن التسجيل متاح للجميع من اليوم، وللتسجيل يمكن زيارة الموقع: https://www.moh.gov.sa")]
    [InlineData("وأوضح أن التسجيل متاح عبر الرابط https://www.moh.gov.sa")]
    public void A_story_s_own_link_in_its_sentence_stays(string line)
    {
        var cleaned = Clean([.. Story, line]);

        Assert.Contains(cleaned.Blocks, b => b.Text.StartsWith(line[..20], StringComparison.Ordinal));
    }
}

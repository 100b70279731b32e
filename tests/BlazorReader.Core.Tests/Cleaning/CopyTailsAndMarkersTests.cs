using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// What a copy leaves round the story's own lines, told by shape: a copy script's «read the
// original» line set apart by an ellipsis, glued after a line that
// ends on no stop (a verse, a short closing); a scan's zone or a template's slot wholly in
// brackets on a line of its own; a short row no rule names between two lines of chrome. Each
// has the story's look-alike that must stay. Story lines are real corpus text (SaudiNewsNet,
// Mazen Abdulaziz, CC BY-NC-SA 4.0).
public class CopyTailsAndMarkersTests
{
    private static readonly string[] Story = StoryLines.Three;

    private static CleanedArticle Clean(params string[] lines) =>
        new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

    [Theory]
    [InlineData("صيده أسمان ولا يصيد الهزيلات", " … المادة الأصلية ⇦ https://bawaba-news.com/news/407370")]
    [InlineData("إلى الملتقى..", " … للاطلاع على الخبر كاملاً: https://marsad.sa/n/160292")]
    [InlineData("والله ولي التوفيق", " … Read more: https://example.org/a/1")]
    [InlineData("والله ولي التوفيق", " … النص الكامل ← https://example.org/a/1")]
    public void A_copy_script_s_line_set_apart_comes_off_and_the_line_stays(string line, string tail)
    {
        var cleaned = Clean(Story[0], Story[1], line + tail);

        Assert.Equal([Story[0], Story[1], line], cleaned.Blocks.Select(b => b.Text));
        Assert.Contains(cleaned.Removed, r => r.Reason == "more-link");
    }

    // The story names its own link at the end of its sentence.
    [Fact]
    public void The_story_s_own_link_after_its_sentence_stays()
    {
        const string Line = "يذكر أن خدمة تواصل تستقبل جميع طلبات المستفيدين عبر الموقع التالي: http://Tawasul.moe.gov.sa";
        var cleaned = Clean(Story[0], Line, Story[1]);

        Assert.Equal([Story[0], Line, Story[1]], cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("[عمود ٢]")]
    [InlineData("[منطقة 3]")]
    [InlineData("<<منطقة صورة>>")]
    [InlineData("~ Z٩ ~")]
    [InlineData("⟦إعلان⟧")]
    public void A_marker_wholly_in_brackets_goes_wherever_it_stands(string marker)
    {
        foreach (string[] page in new string[][] { [marker, .. Story], [Story[0], marker, Story[1], Story[2]], [.. Story, marker] })
        {
            Assert.Equal(Story, Clean(page).Blocks.Select(b => b.Text));
        }
    }

    // Between two lines of chrome a short row in words no rule names is their box's.
    [Theory]
    [InlineData("السفينة | الرصيف | الموعد")]
    [InlineData("MSC AURORA ؛ الرصيف ٢ ؛ الوصول 00:25")]
    public void A_short_row_between_two_lines_of_chrome_goes_with_them(string row)
    {
        var cleaned = Clean(Story[0], "احجز الآن", row, "ملف الجدول · 640 KB", Story[1], Story[2]);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }

    // A subheading under chrome with the story below it, a point of the story's list, a
    // question or a name signing the story stays, chrome round it or not.
    [Theory]
    [InlineData("أرقام لافتة", false)]
    [InlineData("خطة التنفيذ", true)]
    [InlineData("مروة جمعة الرفاعي", true)]
    [InlineData("نجران، القنفذة: سلطان دغمان،", true)]
    [InlineData("وبالله التوفيق،،", true)]
    [InlineData("ثالثاً: إلزام المنشآت بتحديث بياناتها", true)]
    [InlineData("1- توفير مواقع بديلة للمراجعين", true)]
    [InlineData("وماذا الآن؟", true)]
    [InlineData("- تركية العمري", true)]
    public void The_story_s_short_line_next_to_chrome_stays(string line, bool between)
    {
        string[] page = between ? [Story[0], "احجز الآن", line, "ملف الجدول · 640 KB", Story[1], Story[2]] : [Story[0], "احجز الآن", line, Story[1], Story[2]];

        Assert.Equal([Story[0], line, Story[1], Story[2]], Clean(page).Blocks.Select(b => b.Text));
    }
}

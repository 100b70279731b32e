using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A spreadsheet's export with the story in one column: each row's other cells (its number, a
// date, a section, a status) come off and the story's cell is the paragraph. Story lines are
// real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0); the rows are made up by shape.
public class SheetRowTests
{
    [Theory]
    [InlineData("{0};8/8/2015;رياضة;{1}")]
    [InlineData("{0},2015-07-31,محليات,\"{1}\",مسودة")]
    [InlineData("\"{0}\",\"{1}\",\"منشور\"")]
    [InlineData("{0}\t2015-08-08\tرياضة\t{1}\tمسودة")]
    [InlineData("{0}\t8/8/2015\tnews\t{1}")]
    [InlineData("\t{0}\t\t{1}\t✓ تمت المراجعة")]
    public void The_story_s_cell_is_the_paragraph(string row)
    {
        var lines = StoryLines.Three.Select((l, i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, row, i + 4, l));

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(StoryLines.Three, cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("وبلغت قيمة العقود 1,176,352 ريالا, وفق ما أعلنته الشركة, أمس.")]
    [InlineData("قال فلان, وزير الخارجية, إن المفاوضات ستستمر حتى نهاية الشهر المقبل.")]
    [InlineData("وشملت الجولة ثلاث مدن; الرياض; وجدة; والدمام; خلال أسبوع واحد.")]
    [InlineData("وقال المتحدث\tإن الوزارة\tستعلن النتائج الأسبوع المقبل في مؤتمر صحفي بالرياض.")]
    public void Commas_and_semicolons_of_a_sentence_stay(string line)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', StoryLines.Three[0], line, StoryLines.Three[1]), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Contains(cleaned.Blocks, b => b.Text == line.Replace('\t', ' '));
    }
}

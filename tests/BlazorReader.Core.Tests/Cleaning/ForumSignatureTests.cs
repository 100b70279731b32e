using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A rule of underscores or tatweel opens a forum member's signature, but also a copied
// document's page break: the story's own sentence below it is no dua or motto.
public class ForumSignatureTests
{
    private const string Lead = "قام نائب المحافظ بزيارة المستشفى العام اليوم، وهنأ المرضى بمناسبة عيد الفطر المبارك، واطلع على سير العمل في أقسامه المختلفة.";
    private const string Second = "وكان في استقباله مدير المستشفى ومساعده، حيث قدما له شرحا عن الخدمات التي يقدمها المستشفى لأهالي المحافظة والمراكز التابعة لها.";
    private const string Last = "والإعلامي الراحل توفي عن عمر ناهز واحدا وأربعين عاما، وقد تدرج في الإعلام حتى كان آخر عمله في جريدة اليوم، وله طفلان.";

    [Theory]
    [InlineData("__________")]
    [InlineData("ـــــــــــــ")]
    public void A_sentence_of_the_storys_below_a_rule_is_kept_and_the_rule_goes(string rule)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Lead, Second, rule, "¹ المصدر : نشرة يومية، 22 يوليو 2015", Last), "عنوان الخبر"));

        Assert.Contains(Last, string.Join("\n", cleaned.Blocks.Select(b => b.Text)), StringComparison.Ordinal);
        Assert.DoesNotContain(rule, string.Join("\n", cleaned.Blocks.Select(b => b.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Short_lines_below_a_rule_are_a_signature_to_the_end()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Lead, Second, "__________", "اللهم اغفر لي ولوالدي", "سبحان الله وبحمده"), "عنوان الخبر"));

        Assert.DoesNotContain("اللهم", string.Join("\n", cleaned.Blocks.Select(b => b.Text)), StringComparison.Ordinal);
        Assert.Contains(Second, string.Join("\n", cleaned.Blocks.Select(b => b.Text)), StringComparison.Ordinal);
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A paragraph closed by its full stop, then the wire's credit («… غير الاستراتيجيات.
// (الأناضول)»), is no picture's caption however short: the sentence stays, the credit cut off
// where the sentence does not itself report a source. Variants are generated; the sentences are corpus text (SaudiNewsNet: aawsat 413666,
// alriyadh 1071658, alyaum 4081994).
public class SentenceWithAgencyFamilyTests
{
    private static readonly string[] Sentences =
    [
        "أخيرًا، نعم، يمكن المناورة سياسيًا، لكن المناورات غير الاستراتيجيات.",
        "وباشرت الفرق الامنية الموقع ونقلت المصابين الى المستشفى لتلقي العلاج.",
        "السياسات العليا لا تتغير ببروباغندا ساذجة، ومصالح السعودية أعمق.",
        "أصوات الأعيرة النارية من كل حدب وصوب تلهب الفضاءات وتزيد من نشوة الفرح.",
    ];

    private static readonly string[] Credits = ["(الأناضول)", "(رويترز)", "(واس)", "- د.ب.أ", "(أ ف ب)", "(كونا)"];

    public static TheoryData<string, string> SentencesWithTheirCredit()
    {
        var data = new TheoryData<string, string>();
        foreach (var sentence in Sentences)
        {
            foreach (var credit in Credits)
            {
                data.Add(sentence, credit);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SentencesWithTheirCredit))]
    public void A_sentence_with_the_wire_credit_glued_on_stays(string sentence, string credit)
    {
        var text = string.Join('\n', [.. PointBackFamilyTests.Story, sentence + " " + credit]);
        var body = new ArticleCleaner().Clean(new RawArticle(text)).Blocks.Select(b => b.Text).ToList();
        Assert.Contains(body, b => b.StartsWith(sentence, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("جانب من الاجتماع (رويترز)")]
    [InlineData("أبناء الجنود البواسل خلال جولتهم بالمدينة - د.ب.أ")]
    [InlineData("الأمير خلال جولته التفقدية (واس)")]
    public void A_caption_closed_by_an_agency_is_still_a_caption(string line) =>
        Assert.Equal("caption", CaptionLines.Reason(line));

    // SaudiNewsNet (aleqtisadiya 2015-07-27): a stop set apart from the number it closes, then
    // a Jordanian wire's sign-off («-- (بترا) ك ج/ ج ص»): the sentence is the story's.
    [Theory]
    [InlineData("وسجل الأهداف رودريجيز في الدقيقتين 29 و 89 ، ورفايل فاران بالدقيقة 56 . -- (بترا) ك ج/ ج ص")]
    [InlineData("وسجل الأهداف رودريجيز في الدقيقتين 29 و 89 ، ورفايل فاران بالدقيقة 56. -- (بترا) ك ج/ ج ص")]
    public void A_sentence_closed_by_a_number_and_its_stop_then_a_wire_sign_off_is_no_caption(string line) =>
        Assert.Null(CaptionLines.Reason(line));
}

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

    // A paragraph that reads on and reports a quote, closed by the quote's mark and the wire's
    // credit («وقال وزير التعليم في منشور على حسابه: «…» (وكالات)»): no caption either.
    private static readonly string[] Reporting = ["وقال وزير التعليم في منشور على حسابه", "وأكد المتحدث باسم الوزارة في بيان", "وأضاف مدير الجامعة عبر حسابه"];

    private static readonly string[] Quotes = ["نبارك لأبنائنا الطلاب نجاحهم", "الوطن يستحق منا الكثير، وسنبقى على العهد"];

    public static TheoryData<int, int, int, int> QuotesWithTheirCredit()
    {
        var data = new TheoryData<int, int, int, int>();
        for (var r = 0; r < Reporting.Length; r++)
        {
            for (var q = 0; q < Quotes.Length; q++)
            {
                for (var m = 0; m < 3; m++)
                {
                    data.Add(r, q, m, (r + q + m) % Credits.Length);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(QuotesWithTheirCredit))]
    public void A_reported_quote_with_the_wire_credit_glued_on_stays(int reporting, int quote, int marks, int credit)
    {
        var (open, close) = marks switch { 0 => ("«", "»"), 1 => ("\"", "\""), _ => ("“", "”") };
        var sentence = Reporting[reporting] + ": " + open + Quotes[quote] + close;
        Assert.Null(CaptionLines.Reason(sentence + " " + Credits[credit]));
        var text = string.Join('\n', [.. PointBackFamilyTests.Story, sentence + " " + Credits[credit]]);
        var body = new ArticleCleaner().Clean(new RawArticle(text)).Blocks.Select(b => b.Text).ToList();
        Assert.Contains(body, b => b.StartsWith(sentence, StringComparison.Ordinal));
    }

    // A statement's short close, a sentence that reads on cut short, a verse with its halves
    // parted by «**»: each with the wire's credit glued on, the story's last line, no caption.
    private static readonly string[] ShortLines =
    [
        "تهانينا.", "والله الموفق.", "والله ولي التوفيق.", "شكرًا لكم.", "وأكد فخامة", "وأضاف المتحدث",
        "إذا المرءُ لم يبنِ العُلا بيمينِه ** ولا عاشَ مَن يبغي لها الذلَّ والضيما",
    ];

    public static TheoryData<int, int> ShortLinesWithTheirCredit()
    {
        var data = new TheoryData<int, int>();
        for (var s = 0; s < ShortLines.Length; s++)
        {
            for (var c = 0; c < Credits.Length; c++)
            {
                // A cut sentence with no stop before a dashed agency («وأكد فخامة - د.ب.أ») reads as
                // «name - agency», a byline: left to the byline rules, not asserted here.
                if (!(ShortLines[s].StartsWith('و') && !ShortLines[s].EndsWith('.') && Credits[c].StartsWith('-')))
                {
                    data.Add(s, c);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShortLinesWithTheirCredit))]
    public void A_short_closing_line_with_the_wire_credit_glued_on_stays(int line, int credit)
    {
        var glued = ShortLines[line] + (credit % 2 == 0 ? " " : "") + Credits[credit];
        Assert.Null(CaptionLines.Reason(glued));
        var text = string.Join('\n', [.. PointBackFamilyTests.Story, glued]);
        var body = new ArticleCleaner().Clean(new RawArticle(text)).Blocks.Select(b => b.Text).ToList();
        Assert.Contains(body, b => b.StartsWith(ShortLines[line], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("الأمير خلال الحفل. (تصوير: خالد الشمري)")]
    [InlineData("الأمير خالد الفيصل خلال كلمته: «نحن مستعدون للمرحلة» (واس)")]
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

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// At a story's foot, a run of leads of other stories that share nothing with one another nor
// with the story goes, in any order, above a footer; the story's own last paragraph, set off
// from the run by chrome, stays. Variants are generated; the paragraphs are corpus text
// (SaudiNewsNet: alwatan 231104 and the leads of other corpus articles).
public class UnrelatedLeadsFamilyTests
{
    private static readonly string[] Leads =
    [
        "أغلقت أمانة منطقة نجران عددا من المطابخ والمطاعم في المنطقة لمخالفتها النظام الصحي والبيئي.",
        "ذكرت تقارير إخبارية في بريطانيا أن نادي مانشستر يونايتد الإنجليزي على استعداد لتقديم عرض ضخم لضم النجم البرازيلي.",
        "تمكنت القوات الموالية للشرعية في اليمن من الدخول الى مدينة زنجبار عاصمة محافظة أبين بعد معارك عنيفة.",
        "احتفلت شركة المراعي بتخريج الدفعة الأولى من أكاديمية المراعي للمبيعات، بحضور الرئيس التنفيذي للشركة.",
    ];

    public static TheoryData<int, int> Runs()
    {
        var data = new TheoryData<int, int>();
        for (var count = 3; count <= Leads.Length; count++)
        {
            for (var shift = 0; shift < Leads.Length; shift++)
            {
                data.Add(count, shift);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void A_run_of_unrelated_leads_above_a_footer_goes_and_the_story_stays(int count, int shift)
    {
        var run = Enumerable.Range(0, count).Select(k => Leads[(k + shift) % Leads.Length]).ToArray();
        var title = "فيصل بن خالد يدشن مبنى الـ32 مليونا لزراعة عسير";
        var text = string.Join('\n', [title, .. PointBackFamilyTests.Story, .. run, "جميع الحقوق محفوظة © 2015"]);
        var body = new ArticleCleaner().Clean(new RawArticle(text, Title: title)).Blocks.Select(b => b.Text).ToList();
        Assert.All(PointBackFamilyTests.Story, p => Assert.Contains(p, body));
        Assert.All(run, lead => Assert.DoesNotContain(lead, body));
    }

    [Fact]
    public void The_story_s_last_paragraph_above_chrome_is_not_taken_into_the_run()
    {
        var title = "فيصل بن خالد يدشن مبنى الـ32 مليونا لزراعة عسير";
        var last = "إنني هنا لا أعمم لأن التعميم ظالم ولكنني أرسم صورة حقيقية واقعية لسلوك العديد من الشباب.";
        var text = string.Join('\n', [title, .. PointBackFamilyTests.Story, last, "عدد المشاهدات ( 82 )", Leads[0], Leads[1], "جميع الحقوق محفوظة © 2015"]);
        var body = new ArticleCleaner().Clean(new RawArticle(text, Title: title)).Blocks.Select(b => b.Text).ToList();
        Assert.Contains(last, body);
    }

    [Theory]
    [InlineData("تكنولوجيا", true)]
    [InlineData("محليات", true)]
    [InlineData("سلمان العُمري", true)]
    [InlineData("وفي الختام", false)]
    [InlineData("والله الموفق.", false)]
    [InlineData("لا تفوتك »", false)]
    public void A_bare_label_has_no_function_word_and_no_stop(string line, bool bare)
    {
        Assert.Equal(bare, ProseLine.IsBareLabel(line));
    }
}

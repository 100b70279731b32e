using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A last paragraph that points back at the story (a demonstrative in its first words, behind a
// preposition or not) is the story's, however it opens, and teasers below it still go.
// Variants are generated; the paragraphs are corpus text (SaudiNewsNet: alwatan 231104,
// alyaum 4081391).
public class PointBackFamilyTests
{
    private const string Title = "فيصل بن خالد يدشن مبنى الـ32 مليونا لزراعة عسير";

    internal static readonly string[] Story =
    [
        "دشن أمير منطقة عسير الأمير فيصل بن خالد بن عبدالعزيز مبنى الإدارة العامة لشؤون الزراعة بالمنطقة ورعى يوم النحال الوطني، بحضور وزير الزراعة المهندس عبدالرحمن الفضلي.",
        "وأوضح أن إدارة الشؤون الزراعية بالمنطقة تتبعها مديرية الزراعة في بيشة و33 فرعا للزراعة ووحدة زراعية في المنطقة إلى جانب إدارة المتنزهات ومحجر في منفذ علب.",
        "وفور وصول أمير عسير أزاح الستار عن اللوحة التذكارية إيذانا بافتتاح المبنى، وألقى مدير إدارة الشؤون الزراعية بمنطقة عسير المهندس فهد الفرطيش كلمة أكد فيها أن المبنى يخدم المزارعين.",
    ];

    private static readonly string[] Pointers = ["إثر ذلك", "على إثر ذلك", "وعلى إثر ذلك", "عقب هذا", "كل هذا", "ولهذا", "بعد كل ذلك", "وبذلك", "ونتيجة لذلك"];

    private static readonly string[] Rests =
    [
        "دشن الأمير فيصل بن خالد فعاليات يوم النحال الوطني في خيمة الفعاليات.",
        "يؤكد ما توصل إليه ديتر وفولستر من أن إدارة الأصول العامة أهم من مقدار الديون الواقعة على عاتق الحكومات.",
        "استقبل الأمير وكيل إمارة منطقة الرياض عبدالله مجدوع القحطاني في مكتبه بالإمارة.",
    ];

    // A teaser list under a footer, as pages print it: these are other stories and must go.
    private static readonly string[] Foot =
    [
        "جميع الحقوق محفوظة © 2015",
        "أعلنت مدينة الملك عبدالعزيز للعلوم والتقنية توفر عدد من الوظائف الأكاديمية على كادر أعضاء هيئة البحث العلمي للسعوديين.",
        "طالب الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية وقوات صالح باحترام الهدنة الإنسانية التي جرى سريانها منتصف الليلة.",
    ];

    public static TheoryData<string> LastParagraphsThatPointBack()
    {
        var data = new TheoryData<string>();
        foreach (var pointer in Pointers)
        {
            foreach (var rest in Rests)
            {
                data.Add(pointer + " " + rest);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LastParagraphsThatPointBack))]
    public void A_last_paragraph_that_points_back_at_the_story_stays(string last)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', [Title, .. Story, last, .. Foot]), Title: Title));
        var body = cleaned.Blocks.Select(b => b.Text).ToList();
        Assert.Contains(last, body);
        Assert.DoesNotContain(Foot[0], body);
    }

    [Theory]
    [InlineData("تنطلق هذا المساء فعاليات مهرجان الصيف في جدة بمشاركة واسعة", false)]
    [InlineData("يلتقي الهلال هذا الأسبوع نظيره النصر في الدوري", false)]
    [InlineData("أكد الوزير أن هذه الخطوة تخدم المواطنين", false)]
    [InlineData("إثر ذلك دشن الأمير فعاليات يوم النحال", true)]
    [InlineData("كل هذا يؤكد ما توصل إليه الباحثان", true)]
    [InlineData("ولهذا تستمر الشركة في تحقيق أرباح كبيرة", true)]
    public void A_demonstrative_points_back_unless_it_names_a_time_or_follows_a_news_verb(string line, bool readsOn)
    {
        Assert.Equal(readsOn, ParagraphOpening.ReadsOn(line));
    }
}

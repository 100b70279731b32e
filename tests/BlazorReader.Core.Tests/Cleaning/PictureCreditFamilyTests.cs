using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A picture's caption that ends in its credit («… خلال كلمته © وام») sits among the story's
// paragraphs: it goes, and it ends no page, so the paragraphs below it stay, however they open.
// Variants are generated; the paragraphs are corpus text (SaudiNewsNet: alwatan 231104,
// alriyadh 1071658, aawsat 421171).
public class PictureCreditFamilyTests
{
    private const string Title = "فيصل بن خالد يدشن مبنى الـ32 مليونا لزراعة عسير";

    private static readonly string[] Below =
    [
        "ودعا سمو الأمير محمد بن نايف بن عبدالعزيز لضرورة تكثيف الاستعدادات ورفع مستوى درجات الحيطة في مواجهة أي مستجدات قد تطرأ لا قدر الله .",
        "وقالت مصادر مطلعة لـ«الشرق الأوسط» إن الروس يعتزمون طرح تعاون خليجي لحلّ الأزمة السورية اعتمادًا على آلية مؤتمر «جنيف 1»، باعتبار العودة لهذه الآلية تمثل أحد المخارج للأزمة.",
        "أصوات الأعيرة النارية من كل حدب وصوب تلهب الفضاءات وتزيد من نشوة الفرح.",
        "رصاصة غدر أولى وجهت نحوه كما يقول (عقال) مرافقه في التحميل والاستعراض بين الصفوف، رصاصة غدر ثانية لا تنجح في اصطياده.",
    ];

    private static readonly string[] Captions = ["عبدالعزيز القحطاني أثناء كلمته", "جانب من الاجتماع", "الأمير خلال جولته التفقدية", ""];

    private static readonly string[] Credits = ["© وام", "© EPA", "© SPA", "© كونا", "©MAP", "© رويترز"];

    public static TheoryData<string> CaptionsWithTheirCredit()
    {
        var data = new TheoryData<string>();
        foreach (var caption in Captions)
        {
            foreach (var credit in Credits)
            {
                data.Add((caption + " " + credit).Trim());
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CaptionsWithTheirCredit))]
    public void The_paragraphs_below_a_credited_caption_stay(string caption)
    {
        var text = string.Join('\n', [Title, PointBackFamilyTests.Story[0], caption, PointBackFamilyTests.Story[1], PointBackFamilyTests.Story[2], .. Below]);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(text, Title: Title));
        var body = cleaned.Blocks.Select(b => b.Text).ToList();
        Assert.All(Below, p => Assert.Contains(p, body));
        Assert.DoesNotContain(caption, body);
    }

    [Theory]
    [InlineData("جميع الحقوق محفوظة © 2015")]
    [InlineData("©2014 موجز اليوم. جميع الحقوق محفوظة")]
    [InlineData("© 2015 صحيفة الرياض")]
    public void A_copyright_notice_still_ends_the_page(string notice) =>
        Assert.Equal("copyright", FooterLines.Reason(notice));

    [Theory]
    [InlineData("لبنى إبراهيم الكعبي خلال كلمته © EPA")]
    [InlineData("© MAP")]
    public void A_credited_caption_is_a_caption(string line) =>
        Assert.Equal("caption", FooterLines.Reason(line));
}

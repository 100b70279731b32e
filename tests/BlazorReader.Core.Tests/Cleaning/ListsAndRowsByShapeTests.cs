using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Chrome told by its shape where no word names it: other stories listed at the page's foot
// under a label of the site's own (set off from the story by chrome above the label), and the
// rows of a box («label: figure», several to a line) above or below the story. Each page is
// composed by seed; labels are made of nouns no pattern lists. The story's own closing section
// under a subheading, and its own one-row lines, stay. Story lines are real corpus text
// (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0); the chrome and the other stories' titles
// are made up by shape.
public class ListsAndRowsByShapeTests
{
    private static readonly string[] Story = StoryLines.Three;

    private static readonly string[] OtherTitles =
    [
        "ارتفاع أسعار الذهب في الأسواق الآسيوية مع تراجع الدولار",
        "أمطار غزيرة على مرتفعات عسير والدفاع المدني يحذر",
        "افتتاح معرض الكتاب الدولي بمشاركة خمسمئة دار نشر",
        "انطلاق حملة التطعيم ضد الحصبة في مدارس المنطقة الشرقية",
        "أعلنت هيئة الطيران المدني عن تشغيل رحلات جديدة بين جدة والقاهرة ابتداء من الشهر المقبل بعد اكتمال الاستعدادات.",
        "تراجع مؤشر البورصة المصرية في ختام تعاملات الأسبوع",
        "وصول أولى قوافل الحجاج القادمين برا عبر منفذ الحديثة",
        "فريق طبي ينجح في فصل توأم سيامي بعد عملية استمرت عشر ساعات",
    ];

    private static CleanedArticle Clean(params string[] lines) =>
        new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    private static T Pick<T>(Random random, params T[] items) => items[random.Next(items.Length)];

    private static string Digits(Random random, int n)
    {
        var s = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return random.Next(2) == 0 ? s : string.Concat(s.Select(c => (char)('٠' + (c - '0'))));
    }

    // A label a site gives its list: a noun of what it lists, of whom or of what it is.
    private static string Label(Random r) =>
        $"{Pick(r, "من ", "")}{Pick(r, "إصدارات", "أوراق", "ملفات", "قرارات", "تقارير", "دراسات", "نشرات")} {Pick(r, "المركز", "الجلسة", "العدد", "المجلس", "الهيئة")}{Pick(r, "", " السابقة", ":")}";

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Other_stories_under_a_label_of_the_site_s_own_go_as_teasers(int seed)
    {
        var r = new Random(seed);
        var count = r.Next(2, 5);
        var titles = OtherTitles.OrderBy(_ => r.Next()).Take(count).ToList();
        var form = r.Next(4);
        var items = titles.Select((t, i) => form switch
        {
            0 => t,
            1 => $"• {t}",
            2 => $"{Digits(r, i + 1)}. {t}",
            _ => $"{t} ({Digits(r, r.Next(2, 12))} {Pick(r, "دقائق", "د")})",
        }).ToList();
        var above = Pick(r, $"قراءات: {Digits(r, r.Next(100, 9000))}", "الآراء الواردة في هذا التحليل تعبر عن رأي الباحث ولا تعكس بالضرورة موقف المركز", "شارك: واتساب | تويتر | فيسبوك");
        string[] below = r.Next(2) == 0 ? [] : [Pick(r, "جميع الحقوق محفوظة © 2015", "انشر | واتساب | تيليجرام")];

        var cleaned = Clean([.. Story, above, Label(r), .. items, .. below]);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(titles, cleaned.Teasers.Select(t => t.Text));
    }

    [Fact]
    public void The_story_s_last_section_under_a_subheading_stays_after_chrome()
    {
        string[] section =
        [
            "صفقات النهضة",
            "وأكد محمد النهدي أن إدارة نادي النهضة ستعلن التعاقد مع لاعبين آخرين بعد التعاقد مع الرجاء والكسار.",
            "وبين مدير الكرة فؤاد السليم أن الرجاء والكسار سينضمان إلى معسكر النهضة الأسبوع المقبل.",
        ];
        var cleaned = Clean([.. Story, "شارك: واتساب | تويتر | فيسبوك", .. section]);

        Assert.Equal([.. Story, .. section], cleaned.Blocks.Select(b => b.Text));
        Assert.Empty(cleaned.Teasers);
    }

    // A row of a box in labels of its own: two parts or more to a line, figures or words.
    private static string Row(Random r)
    {
        string Part() => Pick(r,
            $"{Pick(r, "السعر المستهدف", "العائد المتوقع", "التمويل المطلوب", "المستفيدون", "نسبة الإنجاز", "الأصوات المؤيدة")}{Pick(r, ": ", " : ", ":")}{Digits(r, r.Next(3, 900))}{Pick(r, "%", "٪", " ريال", " مليون دولار", " ألف")}",
            $"{Pick(r, "التوصية", "التصنيف الائتماني", "المرحلة", "الجهة المنفذة")}: {Pick(r, "شراء", "احتفاظ", "محايد", "الثانية", "برنامج الأغذية")}");
        return string.Join(Pick(r, " | ", " · "), Enumerable.Range(0, r.Next(2, 4)).Select(_ => Part()));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_rows_of_a_box_go_above_or_below_the_story(int seed)
    {
        var r = new Random(seed);
        var rows = Enumerable.Range(0, r.Next(1, 4)).Select(_ => Row(r)).Distinct().ToList();
        string[] page = r.Next(2) == 0 ? [.. rows, .. Story] : [.. Story, .. rows];

        var cleaned = Clean(page);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.All(rows, row => Assert.Contains(cleaned.Removed, x => x.Text == row));
    }

    [Theory]
    [InlineData("س: متى يبدأ الموسم؟")]
    [InlineData("الملعب: ستاد الأمير فيصل")]
    [InlineData("ملاحظة: الدعوة عامة")]
    [InlineData("التقييم: 5 نجوم")]
    [InlineData("الخيار: 35 ريالًا للكيلو")]
    [InlineData("تليفون : 009611441444")]
    [InlineData("نجران، القنفذة: سلطان دغمان،")]
    [InlineData("النتيجة النهائية: فوز النهضة على الرجاء بهدفين مقابل هدف في المباراة التي أقيمت أمس")]
    public void The_story_s_own_row_alone_below_it_stays(string line)
    {
        var cleaned = Clean([.. Story, line]);

        Assert.Equal([.. Story, line], cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void The_story_s_own_boxes_one_row_to_a_line_stay()
    {
        string[] box = ["اسم الطبق: كبة حامض", "أين: جمعة كيتشن", "التقييم: 5 نجوم", "الطماطم: ٧ ريالات للصندوق", "الليمون: ٧ ريالات للصندوق", "حائل: ١٧٣٩ حالة"];

        var cleaned = Clean([.. Story, .. box]);

        Assert.Equal([.. Story, .. box], cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_label_whose_box_went_goes_with_it(int seed)
    {
        var r = new Random(seed);
        var label = $"{Pick(r, "روابط", "عناوين", "مراجع", "Links", "مصادر")} {Pick(r, "الصفحة", "المادة", "المقال", "")}".Trim() + Pick(r, ":", " :");
        var links = Enumerable.Range(1, r.Next(2, 4)).Select(n => $"[{Digits(r, n)}] https://www.{Pick(r, "spa.gov.sa", "alriyadh.com", "moh.gov.sa")}/{Digits(r, r.Next(1000, 99999))}").ToList();

        var cleaned = Clean([.. Story, label, .. links]);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Contains(cleaned.Removed, x => x.Text == label);
    }

    [Fact]
    public void A_story_s_label_over_its_own_list_stays()
    {
        string[] list = ["الشروط:", "أن يكون اللاعب سعودي الجنسية ولائقا طبيا.", "أن يحضر إلى مقر النادي قبل نهاية الأسبوع."];

        var cleaned = Clean([.. Story, .. list]);

        Assert.Equal([.. Story, .. list], cleaned.Blocks.Select(b => b.Text));
    }
}

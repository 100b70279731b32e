using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Where a story ends and a run of other stories' leads begins, decided by the run's evidence:
// lines under one list mark that each open another story go, with no header and nothing
// below them; a column's own bulleted or numbered remarks stay; a paragraph that carries the
// story on stays above a header of related stories. The story is corpus text (SaudiNewsNet:
// alwatan 231104, through PointBackFamilyTests); the leads are those of other corpus
// articles; the fixtures are described in Fixtures/teaser-runs/README.md.
public class TeaserRunFamilyTests
{
    private const string Title = "فيصل بن خالد يدشن مبنى الـ32 مليونا لزراعة عسير";

    private static readonly string[] Leads =
    [
        "أغلقت أمانة منطقة نجران عددا من المطابخ والمطاعم في المنطقة لمخالفتها النظام الصحي والبيئي.",
        "اختتم مهرجان الشعر الدولي أول من أمس دورته الجديدة في العاصمة البريطانية، التي استمرت ثلاثة أيام.",
        "تمكنت القوات الموالية للشرعية في اليمن من الدخول الى مدينة زنجبار عاصمة محافظة أبين وعلى اللواء 15 مشاة في المحافظة.",
        "أفادت صحيفة كالكاليست الاقتصادية اليوم الاثنين أن مايكروسوفت تنوي الاستحواذ على شركة أمن المعلومات الإسرائيلية أدالوم مقابل 320 مليون دولار.",
        "يقف أشبيلية الإسباني عقبة أولى بين مواطنه برشلونة وحلم السداسية عندما يتواجه معه اليوم الثلاثاء في مباراة الكأس السوبر",
    ];

    private static readonly string[] Bullets = ["• ", "◄ ", "◄", "▪ ", "* ", "*", "- ", "✅ ", "» ", "🔹"];

    public static TheoryData<string, int, bool> Runs()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var bullet in Bullets)
        {
            for (var count = 3; count <= Leads.Length; count++)
            {
                data.Add(bullet, count, count % 2 == 0);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void A_run_of_other_stories_leads_under_one_bullet_goes_with_nothing_below_it(string bullet, int count, bool moreLinks)
    {
        var run = Leads.Take(count).SelectMany(l => moreLinks ? new[] { bullet + l, "التفاصيل" } : [bullet + l]).ToArray();
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join("\n\n", [.. PointBackFamilyTests.Story, .. run]), Title: Title));
        var body = cleaned.Blocks.Select(b => b.Text).ToList();
        Assert.Equal(PointBackFamilyTests.Story, body);
        Assert.Equal(Leads.Take(count), cleaned.Teasers.Select(t => t.Text));
    }

    // A news ticker's label marks its items as a bullet does, however each item dresses it.
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void A_ticker_run_of_other_stories_goes_whatever_dresses_its_label(int count)
    {
        string[] labels = ["عاجل ", "عاجل | ", "عاجل: ", "⚡ عاجل ", "خبر عاجل - "];
        var run = Leads.Take(count).Select((l, i) => labels[i % labels.Length] + l);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join("\n", [.. PointBackFamilyTests.Story, .. run]), Title: Title));
        Assert.Equal(PointBackFamilyTests.Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(Leads.Take(count), cleaned.Teasers.Select(t => t.Text));
    }

    [Theory]
    [InlineData("• ")]
    [InlineData("- ")]
    public void Two_leads_alone_stay_for_want_of_evidence(string bullet)
    {
        var text = string.Join("\n\n", [.. PointBackFamilyTests.Story, bullet + Leads[0], bullet + Leads[1]]);
        var body = new ArticleCleaner().Clean(new RawArticle(text, Title: Title)).Blocks.Select(b => b.Text).ToList();
        Assert.Equal(PointBackFamilyTests.Story.Length + 2, body.Count);
    }

    [Theory]
    [InlineData("alweeam-351319")]
    [InlineData("alriyadh-1070282")]
    [InlineData("aljazirah-20150731-jd2")]
    public void A_column_of_bulleted_or_numbered_remarks_stays_whole(string name)
    {
        var cleaned = new ArticleCleaner().Clean(Fixture(name));
        Assert.DoesNotContain(cleaned.Removed, r => r.Reason is "teaser" or "navigation");
    }

    [Fact]
    public void The_paragraph_above_a_header_of_related_stories_stays_and_the_leads_below_it_go()
    {
        var cleaned = new ArticleCleaner().Clean(Fixture("aawsat-419956-dressed"));
        var body = cleaned.Blocks.Select(b => b.Text).ToList();
        Assert.Contains(body, p => p.StartsWith("ورد الحاكم السابق لفلوريدا جيب بوش", StringComparison.Ordinal));
        Assert.DoesNotContain(body, p => p.Contains('◄', StringComparison.Ordinal));
        Assert.Equal(4, cleaned.Teasers.Count(t => t.Text.Contains("حفر الباطن", StringComparison.Ordinal) || t.Text.Contains("الرياض من السماء", StringComparison.Ordinal)
            || t.Text.Contains("ديانا حداد", StringComparison.Ordinal)));
    }

    // Titles of other corpus articles, as lists of other stories print them.
    private static readonly string[] Headlines =
    [
        "النفط يتراجع نحو 1 % في ختام التعاملات",
        "الجيش الجزائري يقتل 16 عنصراً من القاعدة بينهم أجانب",
        "روني يتطلع لتحطيم الرقم القياسي لبوبي تشارلتون",
        "الإصدار الإلكتروني يمنع التزاحم في جوازات الدمام",
    ];

    [Theory]
    [InlineData("• ", "")]
    [InlineData("▫️ ", "")]
    [InlineData("* ", " | قبل 22 ساعة")]
    public void A_run_of_other_stories_headlines_under_one_bullet_goes(string bullet, string stamp)
    {
        var text = string.Join("\n\n", [.. PointBackFamilyTests.Story, .. Headlines.Select(h => bullet + h + stamp)]);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(text, Title: Title));
        Assert.Equal(PointBackFamilyTests.Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(Headlines, cleaned.Teasers.Select(t => t.Text));
    }

    [Fact]
    public void A_story_s_own_list_of_measures_stays()
    {
        // The story's subject in a list of nouns («تطوير …»), as features close.
        string[] measures =
        [
            "• تطوير مباني الإدارة العامة لشؤون الزراعة في عسير",
            "• تعزيز خدمات المزارعين والنحالين في المنطقة",
            "• توسعة المتنزهات ومحجر منفذ علب",
        ];
        var text = string.Join("\n\n", [.. PointBackFamilyTests.Story, .. measures]);
        var body = new ArticleCleaner().Clean(new RawArticle(text, Title: Title)).Blocks.Select(b => b.Text).ToList();
        Assert.Equal(PointBackFamilyTests.Story.Length + measures.Length, body.Count);
    }

    [Theory]
    [InlineData("1- جرى مساء أمس الجمعة تنفيذ خطة", "2. اقترب سعر الذهب")]
    [InlineData("١) جرى مساء أمس", "(2) اقترب سعر الذهب")]
    [InlineData("*لا يوجد لدينا أجشع", "* كشف الفوران الأخير")]
    [InlineData("◄استمع زوار موقع", "◄ بحضور فاق 120 ألفا")]
    public void One_list_s_mark_is_the_same_however_each_item_is_closed_or_spaced(string first, string second)
    {
        Assert.NotNull(TeaserList.Mark(first));
        Assert.Equal(TeaserList.Mark(first), TeaserList.Mark(second));
    }

    // Pages rank their most read stories 1, 2, 3 …, each number closed its own way or by a space.
    [Theory]
    [InlineData("{0} ", false)]
    [InlineData("{0}) ", false)]
    [InlineData("{0}- ", true)]
    [InlineData("({0}) ", true)]
    [InlineData("{0}. ", false)]
    public void A_run_of_other_stories_numbered_from_one_goes(string number, bool indic)
    {
        string Numbered(string text, int i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, number,
            indic ? ((char)('\u0660' + i + 1)).ToString() : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) + text;
        var text = string.Join("\n", [.. PointBackFamilyTests.Story, .. Headlines.Select(Numbered)]);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(text, Title: Title));
        Assert.Equal(PointBackFamilyTests.Story, cleaned.Blocks.Select(b => b.Text));
    }

    // Numbered sentences read as a column's own tips do («1 - ليس جمال الجسد إلا واجهة …»):
    // nothing in their form tells other stories' leads from them, so they stay.
    [Fact]
    public void Numbered_sentences_stay_as_a_column_s_tips_would()
    {
        var text = string.Join("\n", [.. PointBackFamilyTests.Story, .. Leads.Select((l, i) => $"{i + 1} - {l}")]);
        var body = new ArticleCleaner().Clean(new RawArticle(text, Title: Title)).Blocks.Select(b => b.Text).ToList();
        Assert.Equal(PointBackFamilyTests.Story.Length + Leads.Length, body.Count);
    }

    [Fact]
    public void Numbers_that_do_not_count_from_one_are_the_story_s_own()
    {
        // Headlines that open on a figure, one under the other, are no ranked list.
        var text = string.Join("\n", [.. PointBackFamilyTests.Story, .. Headlines.Select((h, i) => $"{i + 3} {h}")]);
        var body = new ArticleCleaner().Clean(new RawArticle(text, Title: Title)).Blocks.Select(b => b.Text).ToList();
        Assert.Equal(PointBackFamilyTests.Story.Length + Headlines.Length, body.Count);
    }

    [Fact]
    public void A_story_s_own_numbered_measures_stay()
    {
        string[] measures =
        [
            "1- تطوير مباني الإدارة العامة لشؤون الزراعة في عسير",
            "2- تعزيز خدمات المزارعين والنحالين في المنطقة",
            "3- توسعة المتنزهات ومحجر منفذ علب",
        ];
        var text = string.Join("\n", [.. PointBackFamilyTests.Story, .. measures]);
        var body = new ArticleCleaner().Clean(new RawArticle(text, Title: Title)).Blocks.Select(b => b.Text).ToList();
        Assert.Equal(PointBackFamilyTests.Story.Length + measures.Length, body.Count);
    }

    // A link's arrow set apart after each title marks the list at the line's other end.
    [Fact]
    public void A_run_of_other_stories_headlines_each_closed_by_an_arrow_goes()
    {
        var text = string.Join("\n", [.. PointBackFamilyTests.Story, .. Headlines.Select(h => h + " »")]);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(text, Title: Title));
        Assert.Equal(PointBackFamilyTests.Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(Headlines, cleaned.Teasers.Select(t => t.Text));
        Assert.Null(TeaserList.Mark("قائمة بأسعار السبايا لدى « داعش »"));
    }

    private static RawArticle Fixture(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "teaser-runs", name + ".txt")).Split('\n', 2);
        return new RawArticle(text[1], Title: text[0].Length > 0 ? text[0] : null);
    }
}

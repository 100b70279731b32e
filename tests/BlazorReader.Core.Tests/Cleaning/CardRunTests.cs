using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Other stories printed as cards (a title, a paper and an age, often a cut lead), generated
// from their parts: every arrangement, source, age and separator goes whole, and the story
// above keeps every paragraph; a live blog's stamped paragraphs and a story's own tables of
// dates and scores stay. The story is corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA
// 4.0: alriyadh 1070744, through PageWidgetTests); the cards' titles and leads are other corpus
// articles' (through TeaserRunFamilyTests).
public class CardRunTests
{
    private const string Lead = PageWidgetTests.Lead;
    private const string Middle = PageWidgetTests.Middle;
    private const string Last = PageWidgetTests.Last;

    private static readonly string[] Titles =
    [
        "أمانة نجران تغلق مطاعم مخالفة",
        "مهرجان الشعر الدولي يختتم دورته في لندن",
        "القوات الموالية للشرعية تدخل زنجبار",
        "مايكروسوفت تستحوذ على أدالوم الإسرائيلية",
    ];

    private static readonly string[] Leads =
    [
        "أغلقت أمانة منطقة نجران عددا من المطابخ والمطاعم في المنطقة لمخالفتها النظام الصحي…",
        "اختتم مهرجان الشعر الدولي أول من أمس دورته الجديدة في العاصمة البريطانية، التي استمرت ثلاثة أيام.",
        "تمكنت القوات الموالية للشرعية في اليمن من الدخول الى مدينة زنجبار عاصمة محافظة أبين ...",
        "أفادت صحيفة كالكاليست الاقتصادية اليوم الاثنين أن مايكروسوفت تنوي الاستحواذ على شركة أمن المعلومات...",
    ];

    private static readonly string[] Stamps =
    [
        "خبرني · منذ ساعتين", "الخليج | 1س", "عدن الغد • ١١:٢٩ مساءً", "الصريح منذ يومين", "هسبريس - منذ ٣٦ دقيقة", "الثورة | 10:47 ص",
        "الوطن منذ 5 ساعات", "القبس · أمس", "Al Khaleej · 2h", "الأنباء — البارحة", "الراية ١٢ س", "الشروق | قبل ٣ أيام",
    ];

    // Title, stamp, lead; stamp, title; title, stamp; title, lead, stamp.
    private static readonly string[] Arrangements = ["tsl", "st", "ts", "tls"];

    private static readonly string[] Marks = ["", "⬅️ ", "• ", "🔸 "];

    public static TheoryData<string, string, int> Cards()
    {
        var data = new TheoryData<string, string, int>();
        var n = 0;
        foreach (var arrangement in Arrangements)
        {
            foreach (var mark in Marks)
            {
                for (var count = 2; count <= 4; count++)
                {
                    data.Add(arrangement, mark, count + 100 * n++);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Cards_below_the_story_go_whole_and_the_story_stays(string arrangement, string mark, int countAndSeed)
    {
        var (count, seed) = (countAndSeed % 100, countAndSeed / 100);
        AssertCardsGo(arrangement, count, seed, mark, c => Stamps[(seed * 5 + c * 7) % Stamps.Length]);
    }

    // The story, then `count` cards in the arrangement (t: title, s: stamp, l: lead); only the story stays.
    private static void AssertCardsGo(string arrangement, int count, int seed, string mark, Func<int, string> stamp)
    {
        var lines = new List<string> { Lead, Middle, Last };
        for (var c = 0; c < count; c++)
        {
            var k = (seed + c) % Titles.Length;
            lines.AddRange(arrangement.Select(part => part switch
            {
                't' => mark + Titles[k],
                's' => stamp(c),
                _ => Leads[k],
            }));
        }
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), "عنوان الخبر"));
        Assert.Equal([Lead, Middle, Last], cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("خبرني · منذ ساعتين")]
    [InlineData("الخليج 15 س")]
    [InlineData("عدن الغد • ١١:٢٩ مساءً")]
    [InlineData("فلسطين اليوم منذ ٢٠ دقيقة")]
    [InlineData("The National - 3h")]
    [InlineData("الثورة | 10:47 ص")]
    public void A_paper_and_an_age_is_a_stamp(string line) => Assert.True(StampLine.Is(line));

    [Theory]
    [InlineData("السعودية x الأردن 2-2")]
    [InlineData("موسم 2013 - 2014 م")]
    [InlineData("الأحد 17/10 (88.55-100%)")]
    [InlineData("أخصائي صحي 1027 1646 2673")]
    [InlineData("10:30 ص")]
    [InlineData("منذ ساعتين")]
    [InlineData("الأحد 5:05 م")]
    [InlineData("آخر تحديث 9:02 مساء")]
    [InlineData("وصل الوفد منذ ساعتين")]
    public void A_story_line_with_a_time_is_no_stamp(string line) => Assert.False(StampLine.Is(line));

    // A live blog stamps its own updates with an age: they tell the story and stay.
    [Fact]
    public void A_live_blogs_stamped_paragraphs_stay()
    {
        var update1 = "ويروي الفيلم الأرجنتيني قصة عائلة بوكسيو الثرية التي خطفت عددا من الأشخاص وطلبت فدية مقابل إطلاق سراحهم.";
        var update2 = "وقال المخرج بابلو ترابيرو إن فيلم \"إل كلان\" المأخوذ عن واقع حياة عائلة بوكسيو سيعرض في مهرجان البندقية.";
        var raw = string.Join('\n', Lead, "منذ ساعتين", update1, "منذ 3 ساعات", update2, Last);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Equal([Lead, update1, update2, Last], cleaned.Blocks.Select(b => b.Text));
    }

    // Cards stamped with their section and date instead of a paper and an age.
    private static readonly string[] SectionDates =
    [
        "صحة | 2015/7/31", "محليات | 30 يوليو/تموز 2015", "ثقافة · 30 يوليو 2015", "اقتصاد · ٢٠-٠٧-٢٠١٥", "منوعات | 19 يوليو 2015",
        "رياضة — ٨ أغسطس ٢٠١٥م", "الاقتصاد، 2015-08-11",
    ];

    [Theory]
    [InlineData("ts", 2, 0)]
    [InlineData("ts", 4, 3)]
    [InlineData("st", 3, 1)]
    [InlineData("tsl", 3, 5)]
    [InlineData("ts", 3, 6)]
    public void Cards_stamped_with_a_section_and_a_date_go_whole(string arrangement, int count, int seed) =>
        AssertCardsGo(arrangement, count, seed, "", c => SectionDates[(seed + c * 3) % SectionDates.Length]);

    [Theory]
    [InlineData("صحة | 2015/7/31")]
    [InlineData("ثقافة وفنون · 8 أغسطس 2015م")]
    [InlineData("اقتصاد · ٢٠-٠٧-٢٠١٥")]
    public void A_section_and_a_date_is_a_cards_stamp(string line) => Assert.True(StampLine.IsSectionDate(line));

    [Theory]
    [InlineData("المرحلة الأولى | 30 يوليو 2015")]
    [InlineData("وزارة الصحة | 30 يوليو 2015")]
    [InlineData("موسم 2013 - 2014 م")]
    [InlineData("صحة المواطن أولاً")]
    [InlineData("صحة | في الصيف")]
    public void A_name_of_anything_else_beside_a_date_is_no_cards_stamp(string line) => Assert.False(StampLine.IsSectionDate(line));
}

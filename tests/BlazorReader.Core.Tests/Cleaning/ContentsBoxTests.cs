using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A page's table of contents above the story, generated from shapes: the header's wording and
// its toggle («▼», «[إخفاء]», «(عرض)»), items numbered in Western or Arabic-Indic digits,
// bulleted or bare, two to six of them. Story lines are real corpus text (SaudiNewsNet, Mazen
// Abdulaziz, CC BY-NC-SA 4.0) and stay.
public class ContentsBoxTests
{
    private static readonly string[] Story =
    [
        "أنهت إدارة نادي النهضة اجراءات التعاقد مع الظهير الايمن وليد الرجاء والمدافع عبدالعزيز الكسار بحضور عضو الإدارة محمد النهدي ومدير الكرة فؤاد السليم.",
        "وكانت تدعو خصوصا إلى رفع الحظر الاقتصادي المفروض على الجزيرة الشيوعية منذ عام 1962.",
        "وقالت: «لا يمكننا العودة إلى سياسة فشلت، داعية الجمهوريين إلى الاستماع لمطالب الشعب الكوبي».",
    ];

    private static readonly string[] Headers = ["محتويات المقال", "المحتويات", "جدول المحتويات", "فهرس الموضوع", "Table of contents", "Contents"];

    private static readonly string[] Toggles = ["", " ▼", " [إخفاء]", " (عرض)", ":"];

    private static readonly string[] Sections = ["مقدمة", "خلفية الحدث", "ما الذي نعرفه حتى الآن", "ردود الفعل", "أسئلة شائعة", "الخلاصة"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_box_and_its_items_go_and_the_story_stays(int seed)
    {
        var r = new Random(seed);
        var header = Headers[r.Next(Headers.Length)] + Toggles[r.Next(Toggles.Length)];
        var style = r.Next(4);
        var items = Sections.OrderBy(_ => r.Next()).Take(2 + r.Next(5)).Select((s, n) => style switch
        {
            0 => $"{n + 1}. {s}",
            1 => $"{(char)('١' + n)}- {s}",
            2 => "• " + s,
            _ => s,
        }).ToList();
        var text = string.Join('\n', [header, .. items, .. Story]);

        var cleaned = new ArticleCleaner().Clean(new RawArticle(text, Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.All(items.Prepend(header), l => Assert.Contains(cleaned.Removed, x => x.Text == l && x.Reason == "navigation"));
    }

    [Fact]
    public void A_blank_line_ends_the_box_and_the_story_s_short_first_line_under_it_stays()
    {
        var text = string.Join('\n', "المحتويات ▼", "خلفية الحدث", "• أسئلة شائعة", "", "من الاتفاقية", "", Story[0], Story[1]);
        var cleaned = new ArticleCleaner { LineModel = null }.Clean(new RawArticle(text, Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal(["من الاتفاقية", Story[0], Story[1]], cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("وتضمنت المحتويات التي عرضها المعرض مخطوطات نادرة")]
    [InlineData("المحتويات")]
    public void A_story_line_or_a_header_with_prose_under_it_stays(string line)
    {
        var text = string.Join('\n', Story[0], line, Story[1], Story[2]);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(text, Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Contains(cleaned.Blocks, b => b.Text == line);
    }
}

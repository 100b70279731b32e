using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// The page naming itself or its source above the headline, generated from shapes: a section
// and the paper past a breadcrumb mark, an institution's portal name, a source labelled with
// a site's address or «من:». Story lines are real corpus text (SaudiNewsNet, Mazen Abdulaziz,
// CC BY-NC-SA 4.0) and stay, the headline too when nothing else stands above the lead.
public class PageNameAboveTheStoryTests
{
    private static readonly string[] Story = StoryLines.Two;

    private const string Headline = "النهضة يتعاقد مع الرجاء والكسار";

    private static readonly string[] Sections = ["محليات", "مناطق", "الوطن", "متابعات", "رياضة", "المحليات"];
    private static readonly string[] Papers = ["صحيفة عكاظ", "صحيفة الشرق الأوسط", "جريدة الرياض", "صحيفة الوئام", "موقع تواصل"];
    private static readonly string[] Marks = [" › ", " - ", " | ", " » ", "›", " / "];
    private static readonly string[] Portals = ["أمانة محافظة جدة", "بلدية محافظة الخرج", "إمارة منطقة القصيم", "أمانة العاصمة المقدسة", "الموقع الرسمي لنادي الرائد", "نادي الفيصلي"];
    private static readonly string[] Sources = ["Source: sabq.org", "Source: سبق (sabq.org)", "المصدر: okaz.com.sa", "من: صحيفة اليوم", "من: صحيفة الاقتصادية"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 90)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_page_s_name_goes_and_names_the_source(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var (line, who) = (seed % 3) switch
        {
            0 => Pick(Papers) is var paper ? (Pick(Sections) + Pick(Marks) + paper, paper) : default,
            1 => Pick(Portals) is var portal ? (portal + Pick("", " › المركز الإعلامي", " | المركز الإعلامي"), portal) : default,
            _ => Pick(Sources) is var source ? (source, "") : default,
        };
        var lines = seed % 3 == 1 || r.Next(2) == 0 ? new List<string> { line, Headline } : [Headline, line];
        lines.AddRange(Story);

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: Headline));

        var what = $"{string.Join(" / ", lines)} -> {string.Join(" / ", cleaned.Removed.Select(x => x.Reason + ":" + x.Text))}";
        Assert.True(Story.SequenceEqual(cleaned.Blocks.Select(b => b.Text)), what);
        Assert.True(cleaned.Removed.Any(x => x.Text == line && x.Reason == "attribution"), what);
        Assert.NotNull(cleaned.Attribution);
        Assert.Contains(who, cleaned.Attribution, StringComparison.Ordinal);
    }

    // A headline that opens with a ministry's name is the story's when it is the only line above the lead.
    [Theory]
    [InlineData("وزارة الصحة تحذر المواطنين")]
    [InlineData("هيئة الطيران المدني")]
    public void A_headline_opening_with_an_institution_stays_the_story_s(string headline)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', [headline, .. Story])));
        Assert.True(cleaned.Title == headline || cleaned.Blocks.Any(b => b.Text == headline), cleaned.Title);
        Assert.DoesNotContain(cleaned.Removed, x => x.Reason == "attribution");
    }

    // A statement closes with the body that issued it: below the story, the name is the story's.
    [Fact]
    public void An_institution_s_name_closing_a_statement_stays()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', [.. Story, "أمانة محافظة جدة"]), Title: Headline));
        Assert.Contains(cleaned.Blocks, b => b.Text == "أمانة محافظة جدة");
    }
}

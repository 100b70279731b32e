using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A post card copied with its link first: the link (whole, or broken at any point over two or
// three lines), the author's heading «Name @handle», the text, perhaps the date. The paragraph
// above the link is the story's and stays whole; the link is the card's. Story lines are real
// corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0).
public class CardLinkFirstTests
{
    private static readonly string[] Story = StoryLines.Two;

    private static readonly string[] Texts =
    [
        "نرحب بضيوف الرحمن في مكة المكرمة ونسأل الله أن يتقبل منهم حجهم",
        "Road closures tomorrow morning near the stadium, please plan your trip!",
    ];

    private static readonly string[] Links = ["https://twitter.com/Saudi_/status/605893741242422742", "http://t.co/eMsskr51jr", "pic.twitter.com/pdwbX9xaCF", "https://x.com/Saudi_/status/1949175505956141295"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 100)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_link_over_the_heading_is_the_card_s_and_the_paragraph_above_stays(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var link = Pick(Links);
        var text = Pick(Texts);
        var lines = new List<string> { Story[0] };
        lines.AddRange(BrokenLink.Pieces(r, link));
        lines.Add(Pick("الدفاع المدني @Saudi_", "Fahad Saleh @fsaleh_news", "هيئة الطيران المدني @GACA_KSA"));
        lines.Add(text);
        if (r.Next(2) == 0)
        {
            lines.Add(Pick("25 Jul 2015", "الخميس، ٣٠ يوليو (تموز) ٢٠١٥", "July 20, 2015"));
        }
        lines.Add(Story[1]);

        var tweet = StoryLines.OnePost(lines, Story);
        Assert.Equal(text, tweet.Text);
        Assert.NotNull(tweet.Url);
        Assert.EndsWith(link[^8..], tweet.Url, StringComparison.Ordinal);
    }

    // «Name (@handle): text» or «… — text» on one line, the link at its end or broken below it.
    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_heading_glued_before_the_text_names_the_author(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var text = Pick(Texts);
        var link = Pick(Links);
        var (name, handle) = Pick(("الدفاع المدني", "SaudiDCD"), ("John Miller", "Sport24"), ("هند الفيصل", "FahadAr"));
        var head = name + " (@" + handle + ")" + Pick(": ", " — ", ":");
        var cut = r.Next(5, link.Length - 2);
        List<string> card = r.Next(2) == 0 ? [head + text + " " + link] : [head + text + " " + link[..cut], link[cut..]];
        var lines = new List<string> { Story[0] };
        lines.AddRange(card);
        lines.Add(Story[1]);

        var tweet = StoryLines.OnePost(lines, Story);
        Assert.Equal(text, tweet.Text);
        Assert.Equal(handle, tweet.Handle);
        Assert.Equal(name, tweet.AuthorName);
    }

    // Without a tweet's link near, a line quoting someone by name and handle is the story's.
    [Fact]
    public void A_quote_by_name_and_handle_without_a_link_stays_a_paragraph()
    {
        var quote = "الدفاع المدني (@SaudiDCD): ندعو الجميع إلى الابتعاد عن مجاري السيول والأودية خلال هطول الأمطار.";
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], quote, Story[1]), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Contains(cleaned.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text == quote);
    }
}

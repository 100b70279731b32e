using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Two post cards copied one after the other, each in its own order, generated from shapes
// (links broken at any character over one to three lines): a link-first card (link, text,
// heading «@handle | date») over a card whose heading names its author and relays
// («Post Name (@handle):», text, date, link), or over the story's paragraph and a picture-link
// card printed link first. Each card keeps its own text, link and author; the story's
// paragraphs come back whole. Story lines are real corpus text (SaudiNewsNet, Mazen
// Abdulaziz, CC BY-NC-SA 4.0).
public class CardsBackToBackTests
{
    private static readonly string[] Story = StoryLines.Three;
    private static readonly DateOnly Day = new(2015, 7, 20);

    private static readonly string[] Texts =
    [
        "وأعلنت الهيئة أمس عن بدء التسجيل في البرنامج الصيفي للطلاب والطالبات في جميع المناطق.",
        "Congratulations to the winners, well deserved.",
        "نبارك للجميع هذا الإنجاز الكبير #السعودية",
        "تنبيه: أمطار رعدية على منطقة عسير حتى الساعة العاشرة مساء.",
    ];

    private static readonly string[] Dates = ["20 يوليو 2015", "٢٠ يوليو ٢٠١٥", "2015-07-20", "20/07/2015", "July 20, 2015"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_link_first_card_over_a_card_headed_by_its_relay_line_are_two_posts(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var (first, second) = (Pick(Texts[..2]), Pick(Texts[2..]));
        var own = $"https://{Pick("", "mobile.")}twitter.com/riyadh_traffic/status/6576607822491134589";
        var relay = Pick("Post المركز الوطني للأرصاد (@NCM_Alerts):", "غرد المركز الوطني للأرصاد (@NCM_Alerts):", "🐦 المركز الوطني للأرصاد (@NCM_Alerts):", "المركز الوطني للأرصاد (@NCM_Alerts) كتب:");
        List<string> lines = [Story[0], .. BrokenLink.Pieces(r, own), first, "@riyadh_traffic" + Pick(" | ", " — ", " · ") + Pick(Dates),
            relay, second, Pick(Dates), .. BrokenLink.Pieces(r, "http://mobile.twitter.com/NCM_Alerts/status/6224670265263226468"), Story[1]];

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(Story[..2], cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
        var posts = cleaned.Blocks.Where(b => b.Kind == BlockKind.Tweet).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal((first, "riyadh_traffic", own, Day), (posts[0].Text, posts[0].Handle, posts[0].Url, posts[0].Date));
        Assert.Equal((second, "NCM_Alerts", Day), (posts[1].Text, posts[1].Handle, posts[1].Date));
        Assert.EndsWith("/status/6224670265263226468", posts[1].Url, StringComparison.Ordinal);
    }

    // The picture link over the second card's text is that card's: the story's paragraph above
    // it is no post's text, and the first card's heading does not reach down to it.
    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_story_s_paragraph_over_a_picture_link_first_card_stays(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var (first, second) = (Pick(Texts[..2]), Pick(Texts[2..]));
        var own = $"https://twitter.com/Ahmad_Alharbi/status/6970206933650364567";
        List<string> lines = [Story[0], .. BrokenLink.Pieces(r, own), first, "@Ahmad_Alharbi" + Pick(" | ", " — ") + Pick(Dates),
            Story[1], .. BrokenLink.Pieces(r, "pic.twitter.com/0gAPzPl1Ld"), second, "@spagov" + Pick(" | ", " — ") + Pick(Dates), Story[2]];

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(Story, cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
        var posts = cleaned.Blocks.Where(b => b.Kind == BlockKind.Tweet).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal((first, "Ahmad_Alharbi", own), (posts[0].Text, posts[0].Handle, posts[0].Url));
        Assert.Equal((second, "spagov"), (posts[1].Text, posts[1].Handle));
        Assert.EndsWith("0gAPzPl1Ld", posts[1].Url, StringComparison.Ordinal);
    }
}

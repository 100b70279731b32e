using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A post copied from its page with the page's furniture, generated from shapes: whom it
// replies to over the text (inside the post or on the line above it), its buttons under the
// text («Show more», «إظهار المزيد», «Translate post»), the link at the end of the text or on
// its own line, a signature with a dash. Story lines round it are real corpus text
// (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0) and stay.
public class PostChromeTests
{
    private static readonly string[] Story = StoryLines.Two;

    private static readonly string[] Texts =
    [
        "نرحب بضيوف الرحمن في مكة المكرمة ونسأل الله أن يتقبل منهم حجهم",
        "Road closures tomorrow morning near the stadium, please plan your trip!",
    ];

    private static readonly string[] Replies = ["Replying to @Sara_q246", "الرد على @MakkahPolice", "رداً على @khalid_q838", "ردًا على @a_b و@c_d", "Replying to @x1 and @y2"];

    private static readonly string[] Buttons = ["Show more", "إظهار المزيد", "عرض المزيد", "Translate post", "ترجمة التغريدة"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 120)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_post_keeps_its_author_s_words_and_the_page_s_furniture_goes(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var text = Pick(Texts);
        var reply = r.Next(3) > 0 ? Pick(Replies) : null;
        var button = r.Next(3) > 0 ? Pick(Buttons) : null;
        var link = "https://t.co/" + string.Concat(Enumerable.Range(0, 10).Select(_ => "AbCdEfGh12345xyZ"[r.Next(16)]));
        var lines = new List<string> { Story[0] };
        lines.AddRange(reply is null ? [] : [reply]);
        if (r.Next(2) == 0)
        {
            lines.Add(text + " " + link);
            lines.AddRange(button is null ? [] : [button]);
        }
        else
        {
            lines.Add(text);
            lines.AddRange(button is null ? [] : [button]);
            lines.Add(link);
        }
        lines.Add("— Fahad Saleh (@fsaleh_news) July 20, 2015");
        lines.Add(Story[1]);

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        var tweet = Assert.Single(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.Equal(text, tweet.Text);
        Assert.Equal("fsaleh_news", tweet.Handle);
        Assert.Equal(text[0] < 'ء' ? TextDirection.Ltr : TextDirection.Rtl, tweet.Dir);
        Assert.Equal(Story, cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
        Assert.Equal(reply is not null, cleaned.Removed.Any(x => x.Reason == "reply-to" && x.Text == reply));
        Assert.Equal(button is not null, cleaned.Removed.Any(x => x.Reason == "post-button" && x.Text == button));
    }

    [Theory]
    [InlineData("رد على هذا القرار كثير من المواطنين")]
    [InlineData("عرض المزيد من الصور في المعرض")]
    public void A_story_line_that_only_opens_like_the_furniture_is_no_furniture(string line)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], line, Story[1]), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Contains(cleaned.Blocks, b => b.Text == line);
    }
}

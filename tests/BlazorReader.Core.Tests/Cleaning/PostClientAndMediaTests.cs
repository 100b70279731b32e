using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A post's card with what its page prints round the text: the app it was sent from, what its
// media was, a thread's marker, and its link in the page's brackets, whole or broken. The
// furniture goes and the post is rebuilt whole. Story lines are real corpus text (SaudiNewsNet,
// Mazen Abdulaziz, CC BY-NC-SA 4.0); the cards are made up by shape.
public class PostClientAndMediaTests
{
    private static readonly string[] Story = StoryLines.Two;
    private const string Text = "نرحب بضيوف الرحمن في مكة المكرمة ونسأل الله أن يتقبل منهم حجهم";

    [Theory]
    [InlineData("Twitter for Android", "[فيديو 0:١٩]", "https://x.com/Ahmed", "_Saw5/status/512988196019440219")]
    [InlineData("تويتر لأجهزة آيفون", "[صورة]", "(https://twitter.com/Ah", "med_Saw5/status/512988196019440219)")]
    [InlineData("Show this thread", "[Photo]", "<https://x.com/Ahmed_Saw5/status/512988196019440219>", "")]
    public void The_card_s_furniture_goes_and_the_post_is_whole(string client, string media, string link, string rest)
    {
        string[] card = ["سارة السلمي @Ahmed_Saw5", Text, media, "10:56 م · ٢ أغسطس 2015", client, link, .. rest.Length > 0 ? [rest] : Array.Empty<string>()];

        var tweet = StoryLines.OnePost([Story[0], .. card, Story[1]], Story);

        Assert.Equal(Text, tweet.Text);
        Assert.Equal("Ahmed_Saw5", tweet.Handle);
        Assert.Equal("https://x.com/Ahmed_Saw5/status/512988196019440219".Replace("x.com", link.Contains("twitter", StringComparison.Ordinal) ? "twitter.com" : "x.com", StringComparison.Ordinal), tweet.Url);
    }

    // A bracket opening a line of words closes in that line: the line is left as it came.
    [Fact]
    public void A_bracketed_link_opening_a_line_of_words_keeps_its_brackets()
    {
        const string line = "(https://example.com/report) نشرت الهيئة تقريرها السنوي كاملا على موقعها.";

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], line, Story[1]), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.DoesNotContain(cleaned.Blocks, b => b.Text.StartsWith("https://example.com/report)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وأطلقت الشركة تطبيقا جديدا لأجهزة آيفون وأندرويد.")]
    [InlineData("تويتر لأجهزة آيفون يحصل على تحديث جديد")]
    public void Story_lines_in_the_same_words_stay(string line)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], line, Story[1]), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Contains(cleaned.Blocks, b => b.Text == line);
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A post card copied heading first: «@handle · date», its link (broken at any character over
// one to three lines) and then its text, perhaps with the picture's «ALT» badge and
// description under it, generated from shapes. The story's paragraph over the heading stays:
// the «ALT» badge says the line under the link is the post's, and so does a paragraph over
// the heading that tells the story (its names) when the line under the link does not. Story
// lines are real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0) but for the
// paragraph that tells the story again, written for the test.
public class CardHeadingLinkTextTests
{
    private static readonly string[] Story = StoryLines.Three;
    private const string TellsTheStory = "وأكد مدير الكرة فؤاد السليم أن التعاقد مع الرجاء والكسار يأتي ضمن خطة إدارة نادي النهضة للموسم الجديد.";

    private static readonly string[] Texts =
    [
        "Our teams are working around the clock to restore service in the affected districts",
        "تم بحمد الله افتتاح المرحلة الأولى من المشروع بحضور عدد من المسؤولين",
    ];

    private static readonly string[] Headings = ["@StatsSaudi · ٥٫٨٫٢٠١٥", "@StatsSaudi · 5 أغسطس 2015 · 7:15 مساءً", "@StatsSaudi · الأربعاء ٥ آب ٢٠١٥م"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_text_under_the_link_is_the_post_s_and_the_story_over_the_heading_stays(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var text = Pick(Texts);
        var link = Pick("https://twitter.com/StatsSaudi/status/557642259642364353", "https://t.co/XQsm9aYIQr", "pic.twitter.com/SqJFK3n0nG");
        var alt = seed % 2 == 0;
        string[] over = alt ? [Story[0], Story[1]] : [Story[0], TellsTheStory];
        string[] badge = alt ? ["ALT", Pick("Photo of the press conference", "إنفوجرافيك يوضح الأرقام")] : [];
        List<string> lines = [.. over, Pick(Headings), .. BrokenLink.Pieces(r, link), text, .. badge, Story[2]];

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal([.. over, Story[2]], cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
        var tweet = Assert.Single(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.Equal((text, "StatsSaudi", new DateOnly(2015, 8, 5)), (tweet.Text, tweet.Handle, tweet.Date));
        Assert.EndsWith(link[^8..], tweet.Url, StringComparison.Ordinal);
        Assert.All(badge, b => Assert.Contains(cleaned.Removed, x => x.Text == b && x.Reason == "caption"));
    }
}

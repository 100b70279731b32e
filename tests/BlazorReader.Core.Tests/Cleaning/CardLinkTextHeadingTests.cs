using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A post card copied link first, its text under the link and its heading under the text
// («Name · @handle | date», «@handle — date», the app it was sent from after the date, or the
// handle alone; the month in one calendar's name or both, «آب/أغسطس»),
// generated from shapes: the link whole or broken at any character over two or three lines.
// The text is the post's; the paragraph above the link is the story's and stays whole. Story
// lines are real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0).
public class CardLinkTextHeadingTests
{
    private static readonly string[] Story = StoryLines.Two;
    private static readonly DateOnly Day = new(2015, 8, 9);

    private static readonly string[] Texts =
    [
        "وأعلنت الهيئة أمس عن بدء التسجيل في البرنامج الصيفي للطلاب والطالبات في جميع المناطق.",
        "Congratulations to the winners, well deserved.",
        "نبارك للجميع هذا الإنجاز الكبير #السعودية",
    ];

    private static readonly string[] Names = ["", "عبدالعزيز الشمري", "Fatima Miller", "هيئة الطيران المدني"];
    private static readonly string[] Dates = ["٩٫٨٫٢٠١٥", "9.8.2015", "09/08/2015", "2015-08-09", "9 أغسطس 2015", "٩ آب ٢٠١٥", "8:32 PM · 09/08/2015", "أغسطس 9، 2015",
        "٩ آب/أغسطس ٢٠١٥", "9 أغسطس/آب 2015", "آب (أغسطس) 9، 2015", "August ٩٬ ٢٠١٥"];
    private static readonly string[] Clients = ["", " Twitter for iPhone", " من تطبيق X", " عبر تويتر", " Twitter Web App"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 100)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_text_under_the_link_is_the_post_s_and_the_paragraph_above_stays(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var text = Pick(Texts);
        var handle = Pick("SaudiNews_59", "Riyadh_Now", "eco_reports");
        var link = Pick($"https://mobile.twitter.com/{handle}/status/725538315346346380", $"https://x.com/{handle}/status/414728204635685999",
            $"https://twitter.com/{handle}/status/339975134536232141", "pic.twitter.com/jsFPjTzE9v", "https://t.co/ggPW2gFBuf");
        var name = Pick(Names);
        var dated = seed % 4 != 0;
        var date = Pick(Dates);
        var heading = (name.Length > 0 ? name + Pick(" · ", " ") : "") + (name.Length > 0 && r.Next(3) == 0 ? $"(@{handle})" : "@" + handle)
            + (dated ? Pick(" | ", " — ", " · ") + date + Pick(Clients) : "");
        List<string> lines = [Story[0], .. BrokenLink.Pieces(r, link), text, heading, Story[1]];

        var tweet = StoryLines.OnePost(lines, Story);
        Assert.Equal(text, tweet.Text);
        Assert.Equal(handle, tweet.Handle);
        Assert.Equal(name.Length > 0 ? name : null, tweet.AuthorName);
        Assert.Equal(dated ? Day : null, tweet.Date);
        Assert.EndsWith(link[^8..], tweet.Url, StringComparison.Ordinal);
    }

    // The text on two or three lines between the link and the heading; under the author's own
    // status link even a line that introduces what follows, or one longer than a post's, is
    // the card's (a copy joins what the post said).
    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_text_on_two_or_three_lines_under_the_link_is_the_post_s(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var handle = Pick("SaudiNews_59", "Riyadh_Now", "eco_reports");
        var own = seed % 2 == 0;
        var link = own ? Pick($"https://mobile.twitter.com/{handle}/status/725538315346346380", $"https://x.com/{handle}/status/414728204635685999")
            : Pick("pic.twitter.com/jsFPjTzE9v", "https://t.co/ggPW2gFBuf");
        string[] text = [.. Texts.OrderBy(_ => r.Next()).Take(2 + r.Next(2))];
        if (own && r.Next(2) == 0)
        {
            text[0] = "وناقشت الهيئة مع عدد من الخبراء أسباب تأخر المشروع وأثره على السكان في الأحياء الجنوبية:";
        }
        var heading = "@" + handle + Pick(" | ", " — ", " · ") + Pick(Dates);
        List<string> lines = [Story[0], .. BrokenLink.Pieces(r, link), .. text, heading, Story[1]];

        var tweet = StoryLines.OnePost(lines, Story);
        Assert.Equal(string.Join("\n", text), tweet.Text);
        Assert.Equal(handle, tweet.Handle);
        Assert.Equal(Day, tweet.Date);
    }

    // An English text of nothing but a link's characters under a whole status link is no piece
    // of it: a status number ends the link («…/status/2882…740Importantupdate:…» was read).
    [Fact]
    public void An_english_text_under_a_whole_status_link_is_not_read_into_it()
    {
        string[] lines = [Story[0], "https://twitter.com/NoraSaleh58/status/288219868226524740", "Important update: the service will be available from Sunday.", "Ahmed Brown @NoraSaleh58 | ٠٢/٠٨/٢٠١٥ عبر تويتر", Story[1]];

        var tweet = StoryLines.OnePost(lines, Story);
        Assert.Equal("Important update: the service will be available from Sunday.", tweet.Text);
        Assert.Equal("https://twitter.com/NoraSaleh58/status/288219868226524740", tweet.Url);
        Assert.Equal(new DateOnly(2015, 8, 2), tweet.Date);
    }

    // Another author's status link over the line is the card above's, not this heading's: the
    // line under it is not paired with it.
    [Fact]
    public void A_status_link_of_another_author_is_not_paired_with_the_heading()
    {
        string[] lines = [Story[0], "https://twitter.com/other_desk/status/725538315346346380", "وأعلنت الهيئة أمس عن بدء التسجيل في البرنامج الصيفي.", "عبدالعزيز الشمري · @SaudiNews_59 | 31/07/2015", Story[1]];
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.DoesNotContain(cleaned.Blocks, b => b.Kind == BlockKind.Tweet && b.Handle == "SaudiNews_59" && b.Url!.Contains("other_desk", StringComparison.Ordinal));
    }
}

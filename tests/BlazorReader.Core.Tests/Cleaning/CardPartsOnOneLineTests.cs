using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A post card's parts where a copy leaves them, generated from shapes: a poll's options and
// votes between the text and the signature (its date «٧ آب (أغسطس) ٢٠١٥» in brackets or not); a dated heading with the link's start after it on
// one line (the rest of the link below); a heading without a date over the text and the link
// with the date after it on one line. The post keeps its text, link, author and date; the
// story's paragraphs come back whole. Story lines are real corpus text (SaudiNewsNet, Mazen
// Abdulaziz, CC BY-NC-SA 4.0).
public class CardPartsOnOneLineTests
{
    private static readonly string[] Story = StoryLines.Two;
    private static readonly DateOnly Day = new(2015, 8, 7);

    private static readonly string[] Texts =
    [
        "Thank you to everyone who joined us today, the full session is now online.",
        "وأعلنت الهيئة أمس عن بدء التسجيل في البرنامج الصيفي للطلاب والطالبات في جميع المناطق.",
    ];

    private static readonly string[] Dates = ["7 أغسطس 2015", "٧ آب (أغسطس) ٢٠١٥", "2015-08-07", "٢٠١٥-٠٨-٠٧", "07/08/2015"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    private static CleanedArticle Clean(IEnumerable<string> lines) =>
        new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_poll_between_the_text_and_the_signature_is_the_post_s(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var text = Pick(Texts);
        var yes = r.Next(51, 90);
        string[] poll = [$"{Pick("أؤيد", "نعم", "Yes")} {yes}{Pick("%", "٪")}", $"{Pick("لا", "أعارض", "No")} {100 - yes}%", .. r.Next(2) == 0 ? [] : new[] { Pick("٣ م صوت · النتائج النهائية", "1,204 votes · Final results", "12 ألف صوتاً · بقي يومان") }];
        List<string> lines = [Story[0], text, .. poll, $"— أمانة منطقة الرياض (@Riyadh_Amanah) {Pick(Dates)}", .. BrokenLink.Pieces(r, "pic.twitter.com/nSDzROJqpq"), Story[1]];

        var cleaned = Clean(lines);

        Assert.Equal(Story, cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
        var tweet = Assert.Single(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.Equal((text, "Riyadh_Amanah", Day), (tweet.Text, tweet.Handle, tweet.Date));
        Assert.All(poll, p => Assert.Contains(cleaned.Removed, x => x.Text == p && x.Reason == "counter"));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_dated_heading_with_the_link_s_start_after_it_heads_the_text_above(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var text = Pick(Texts);
        const string Link = "https://twitter.com/NCMctr/status/503976109802614230";
        var cut = r.Next(12, Link.Length - 3);
        List<string> lines = [Story[0], text, $"المركز الوطني للأرصاد @NCMctr {Pick(Dates)}{Pick("", " · 2:04 ص")} {Link[..cut]}", Link[cut..], Story[1]];

        var cleaned = Clean(lines);

        Assert.Equal(Story, cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
        var tweet = Assert.Single(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.Equal((text, "NCMctr", Link, Day), (tweet.Text, tweet.Handle, tweet.Url, tweet.Date));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_link_with_the_date_after_it_closes_the_text_under_its_heading(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var text = Pick(Texts);
        var link = Pick("https://t.co/ewflQ6jVsZ", "https://x.com/KSA_Traffic/status/597603293921125820", "pic.twitter.com/jKlpjCmnx1");
        var pieces = BrokenLink.Pieces(r, link);
        pieces[^1] += " " + Pick(Dates);
        List<string> lines = [Story[0], "المرور السعودي @KSA_Traffic", text, .. pieces, Story[1]];

        var cleaned = Clean(lines);

        Assert.Equal(Story, cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
        var tweet = Assert.Single(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.Equal((text, "KSA_Traffic", Day), (tweet.Text, tweet.Handle, tweet.Date));
        Assert.EndsWith(link[^8..], tweet.Url, StringComparison.Ordinal);
    }

    // A story's shares in a table's rows of more words, or in a sentence, are no poll.
    [Fact]
    public void The_story_s_shares_in_rows_of_more_words_stay()
    {
        string[] rows = ["نسبة المشاركة في الرياض 62%", "نسبة المشاركة في جدة 38%"];
        var cleaned = Clean([Story[0], .. rows, Story[1]]);

        Assert.Equal([Story[0], .. rows, Story[1]], cleaned.Blocks.Select(b => b.Text));
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A post copied as one line led by its author, generated from shapes: «Name @handle: text»
// (or the handle alone), its own link at the text's end, whole or broken at any character
// over up to three lines, and its date after the link on the same line, alone under it, or
// missing. The post comes back with every field, and the story round it stays. Story lines are
// real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0).
public class InlinePostFamilyTests
{
    private static readonly string[] Story = StoryLines.Two;
    private static readonly DateOnly Day = new(2015, 8, 3);

    private static readonly string[] Texts =
    [
        "وناقش أمير المنطقة الخطط المستقبلية التي تعمل عليها الجهات الأمنية مع قرب موسم الحج.",
        "The ministry reported the full schedule this week.",
        "نرحب بضيوف الرحمن في مكة المكرمة ونسأل الله أن يتقبل منهم حجهم #الحج",
    ];

    private static readonly string[] Names = ["", "نورة العنزي", "فهد بن سعيد الشمري", "Omar Saleh", "الدفاع المدني"];
    private static readonly string[] Dates = ["2015-08-03", "August 3, 2015", "3 Aug 2015", "٣ أغسطس ٢٠١٥", "الاثنين 3 أغسطس 2015", "٣ آب ٢٠١٥", "03/08/2015", "3 أغسطس 2015 · 10:15 م"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 120)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_post_led_by_its_author_comes_back_with_its_fields(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var text = Pick(Texts);
        var handle = Pick("oimnpw", "sa_geyds_", "newsKSA24", "fahad_sa");
        var name = Pick(Names);
        var link = Pick("https://t.co/ggPW2gFBuf", $"https://twitter.com/{handle}/status/504381927690019643", $"https://x.com/{handle}/status/615280240111402500",
            $"https://mobile.twitter.com/{handle}/status/672909564792160571", "pic.twitter.com/jbl0f0zSFZ");
        var pieces = BrokenLink.Pieces(r, link);
        var dated = seed % 3;
        var date = Pick(Dates);
        if (dated == 0)
        {
            pieces[^1] += " " + date;
        }
        var lead = (name.Length > 0 ? name + " " : "") + "@" + handle + Pick(": ", ":  ", " : ");
        List<string> lines = [Story[0], lead + text + " " + pieces[0], .. pieces.Skip(1)];
        if (dated == 1)
        {
            lines.Add(date);
        }
        lines.Add(Story[1]);

        var tweet = StoryLines.OnePost(lines, Story);
        Assert.Equal(text, tweet.Text);
        Assert.Equal(handle, tweet.Handle);
        Assert.Equal(name.Length > 0 ? name : null, tweet.AuthorName);
        Assert.Equal(dated < 2 ? Day : null, tweet.Date);
        Assert.Equal(text[0] < 'ء' ? TextDirection.Ltr : TextDirection.Rtl, tweet.Dir);
        Assert.EndsWith(link[^8..], tweet.Url, StringComparison.Ordinal);
    }

    // Without a post's own link the line is the story quoting an account, a contact, a credit.
    [Theory]
    [InlineData("وزارة الصحة @SaudiMOH: ننصح بتجنب التعرض لأشعة الشمس وقت الظهيرة")]
    [InlineData("للتواصل @news_desk: 0112345678")]
    [InlineData("الدفاع المدني @SaudiDCD: الموقع الرسمي https://www.998.gov.sa/ar/")]
    public void A_line_led_by_a_handle_without_a_post_s_own_link_stays(string line)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], line, Story[1]), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.DoesNotContain(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.Equal(Story, cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Take(1).Concat(cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).TakeLast(1)).Select(b => b.Text));
    }
}

using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A post card flattened in the orders front ends print it, generated from shapes: the heading
// «Name · @handle · date» (any separator, any date form) over the text, under it, or between
// the text and its link; the link whole or broken, on its own lines or closing the text; a
// translate button and the date read as the text's last lines. The post comes back whole with
// its fields, and the story's lines round it stay. Story lines are real corpus text
// (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0).
public class PostCardOrderFamilyTests
{
    private static readonly string[] Story = StoryLines.Two;
    private static readonly DateOnly Day = new(2015, 7, 29);

    private static readonly string[] Texts =
    [
        "نرحب بضيوف الرحمن في مكة المكرمة ونسأل الله أن يتقبل منهم حجهم #الحج",
        "Road closures tomorrow morning near the stadium, please plan your trip!",
        "تم بحمد الله افتتاح المرحلة الأولى من المشروع بحضور سمو أمير المنطقة",
    ];

    private static readonly string[] Names = ["الدفاع المدني", "فهد بن سعيد الشمري", "نادي الهلال", "Fahad Saleh"];
    private static readonly string[] Separators = [" · ", " • ", " | ", " - ", "، ", " "];
    private static readonly string[] Dates = ["Jul 29, 2015", "29 Jul 2015", "2015/07/29", "٢٠١٥/٠٧/٢٩", "29-07-2015", "٢٩ تموز 2015", "29 يوليو ٢٠١٥", "٢٩ يوليو ٢٠١٥ · ١٠:٥٠", "Jul 29, 2015 · 4:53 PM"];
    private static readonly string[] Buttons = ["Show original", "عرض الأصل", "عرض النص الأصلي", "ترجمة المنشور", "عرض الترجمة"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 150)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_post_comes_back_whole_with_its_fields_whatever_the_card_s_order(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var text = Pick(Texts);
        var handle = Pick("gov_news", "fahad_sa", "sport2015", "ksa_media");
        var name = Pick(Names);
        var date = Pick(Dates);
        var link = Pick("https://t.co/s7NFUDqBAK", $"https://twitter.com/{handle}/status/806214957874855256", $"https://x.com/{handle}/status/4626769958143891848", "pic.twitter.com/RU2I4G99Yu");
        var broken = BrokenLink.Pieces(r, link);
        var heading = Pick($"{name}{Pick(Separators)}@{handle}{Pick(Separators)}{date}", $"{name} (@{handle}){Pick("، ", " · ", " ")}{date}");
        var order = seed % 4;
        var lines = new List<string> { Story[0] };
        switch (order)
        {
            case 0: // text, heading, link
                lines.AddRange([text, heading, .. broken]);
                break;
            case 1: // text closed by its link, then the heading
                lines.AddRange([text + " " + broken[0], .. broken.Skip(1), heading]);
                break;
            case 2: // heading, text, a button, link
                lines.AddRange([heading, text, Pick(Buttons), .. broken]);
                break;
            default: // name and handle, text, a button, the date, link
                lines.AddRange([$"{name} @{handle}", text, Pick(Buttons), date, .. broken]);
                break;
        }
        lines.Add(Story[1]);

        var tweet = StoryLines.OnePost(lines, Story);
        Assert.Equal(text, tweet.Text);
        Assert.Equal(handle, tweet.Handle);
        Assert.Equal(Day, tweet.Date);
        Assert.Equal(text[0] < 'ء' ? TextDirection.Ltr : TextDirection.Rtl, tweet.Dir);
        Assert.EndsWith(link[^8..], tweet.Url, StringComparison.Ordinal);
    }

    // Text, link, then a heading that times the post («@handle · منذ ساعتين», «Name @handle ·
    // 5h»): the line under the heading is the story's when it reads as no post (a paragraph's
    // opening, a line introducing what follows, a subheading of a few words), and the post is the
    // text above. With no time the heading opens a card printed link first (CardLinkFirstTests).
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Under_a_heading_that_closes_a_card_the_story_goes_on(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var text = Pick(Texts);
        var handle = Pick("gov_news", "fahad_sa", "sport2015", "ksa_media");
        var link = Pick("https://t.co/s7NFUDqBAK", $"https://twitter.com/{handle}/status/806214957874855256", "pic.twitter.com/RU2I4G99Yu");
        var story = Pick("وقال المتحدث الرسمي إن العمل جار على استكمال المرحلة الثانية من المشروع قبل نهاية العام.",
            "وفي حديث خاص، أجاب وكيل الوزارة عن سؤالين:", "خلفيات الحادثة", "جاء ذلك وفق ما أوردته وكالة الأنباء الرسمية عن مصدر مسؤول.", "ردود فعل الحملة", "وأضاف أن الفرق الميدانية ستواصل عملها حتى نهاية الأسبوع.");
        var ago = Pick("منذ 10 ساعات", "منذ ساعتين", "منذ 18 دقيقة", "منذ ٣ ساعات", "5h", "Jul 29, 2015");
        var heading = Pick($"@{handle} · {ago}", $"{Pick(Names)} @{handle} · {ago}", $"{Pick(Names)} (@{handle}) {ago}");
        List<string> lines = [Story[0], text, .. BrokenLink.Pieces(r, link), heading, story, Story[1]];

        var tweet = StoryLines.OnePost(lines, [Story[0], story, Story[1]]);
        Assert.Equal(text, tweet.Text);
        Assert.EndsWith(link[^8..], tweet.Url, StringComparison.Ordinal);
    }

    // A front end that prints the card's parts on lines of their own and no dash: the date
    // alone over the text, or under the name and handle; the name over the handle or under it
    // (a display name may carry a flag or an emoji); the link closing the text or under it.
    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_foot_of_name_and_handle_lines_and_a_date_line_over_or_under_are_the_posts(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var text = Pick(Texts);
        var handle = Pick("gov_news", "fahad_sa", "sport2015", "ksa_media");
        var name = Pick(Names) + Pick("", "", " 🇸🇦", " 🇸🇦💚", " ✅");
        var date = Pick("الأربعاء 29 يوليو 2015 - 20:37", "الأربعاء، ٢٩ يوليو ٢٠١٥", "29 يوليو 2015 22:10", "٢٩ يوليو ٢٠١٥، 16:11", "Jul 29, 2015");
        var link = Pick("https://t.co/s7NFUDqBAK", $"https://twitter.com/{handle}/status/806214957874855256", "pic.twitter.com/RU2I4G99Yu", "http://t.co/2bag8Fk1AA");
        var broken = BrokenLink.Pieces(r, link);
        List<string> post = r.Next(2) == 0 ? [text + " " + broken[0], .. broken.Skip(1)] : [text, .. broken];
        List<string> foot = r.Next(2) == 0 ? [name, "@" + handle] : ["@" + handle, name];
        List<string> lines = seed % 2 == 0 ? [Story[0], date, .. post, .. foot, Story[1]] : [Story[0], .. post, .. foot, date, Story[1]];

        var tweet = StoryLines.OnePost(lines, Story);
        Assert.Equal(text, tweet.Text);
        Assert.Equal(handle, tweet.Handle);
        Assert.Equal(Day, tweet.Date);
        Assert.EndsWith(link[^8..], tweet.Url, StringComparison.Ordinal);
    }

    // Text, then the name glued to its handle («فهد@fahad_sa», a name in styled letters or with
    // an emoji), its date on the next line (the Hijri day alone, or «الساعة … - date»), the
    // address the page shows cut short by «…», then the link itself.
    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_glued_heading_over_its_date_and_a_shortened_address_close_the_post(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var text = Pick(Texts);
        var handle = Pick("gov_news", "fahad_sa", "sport2015", "ksa_media");
        var name = Pick("فهد بن سعيد الشمري", "𝗡𝗼𝗿𝗮 𝗔𝗹-𝗥𝗮𝘀𝗵𝗶𝗱", "عبدالرحمن الفيصل 👨‍👩‍👧", "وزارة الصحة");
        var date = Pick("١٣ شوال ١٤٣٦ هـ", "13 شوال 1436هـ", "الساعة 4:01 صباحاً - 29 يوليو 2015", "الساعة ١٠:٢٢ مساءً - ٢٩ يوليو ٢٠١٥");
        var link = Pick($"twitter.com/i/web/status/641050505781770512", $"twitter.com/i/status/609295184083649349", "https://t.co/s7NFUDqBAK", "pic.twitter.com/RU2I4G99Yu");
        List<string> lines = [Story[0], text, name + "@" + handle, date];
        if (r.Next(2) == 0)
        {
            lines.Add(link[..Math.Min(link.Length - 3, r.Next(12, 24))] + "…");
        }
        lines.AddRange(BrokenLink.Pieces(r, link));
        lines.Add(Story[1]);

        var tweet = StoryLines.OnePost(lines, Story);
        Assert.Equal(text, tweet.Text);
        Assert.Equal(handle, tweet.Handle);
        Assert.Equal(Day, tweet.Date);
        Assert.EndsWith(link[^8..], tweet.Url, StringComparison.Ordinal);
    }
}

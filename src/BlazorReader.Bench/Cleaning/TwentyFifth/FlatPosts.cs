using BlazorReader.Core.Articles;
using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// An embedded post as a copy flattens it: its words, the author's name and handle, a date
// and a link, in one of several orders, the link often cut by the scraper's line width at
// any character into two or three lines. The post's words are what a reader expects back.
internal static class FlatPosts
{
    // Each account with the name it shows: a name beside another account's handle is no post.
    private static readonly (string Name, string Handle)[] Accounts =
    [
        ("المركز الوطني للأرصاد", "NCM_Alerts"), ("الدفاع المدني", "998_SaudiCD"), ("الهيئة العامة للموانئ", "Mawani_KSA"),
        ("وزارة الصحة", "MoHProtect"), ("أمانة منطقة الرياض", "Amanat_Riyadh"), ("أحمد الحربي", "Ahmad_Alharbi"),
        ("المرور السعودي", "riyadh_traffic"), ("أخبار السعودية", "SaudiNews50"), ("واس", "spagov"), ("الشركة السعودية للكهرباء", "SEC_KSA"),
    ];

    private static readonly string[] English =
    [
        "Heavy rain expected over the western region until late evening.",
        "Port operations resume at berth 12 after the weather warning was lifted.",
        "Our teams are on site and the road has been reopened to traffic.",
        "Thank you to everyone who took part in today's campaign.",
        "Update: the meeting has been moved to Tuesday morning.",
    ];

    public static void Add(PageDraft page, int slot)
    {
        var r = page.R;
        var (name, handle) = r.Pick(Accounts);
        var english = r.Chance(0.25);
        var text = english ? r.Pick(English) : Sentence(page);
        if (!english && r.Chance(0.25))
        {
            text += "\n" + Sentence(page);
        }
        var date = DateOnly.FromDateTime(page.Date).AddDays(-r.Next(3));
        var url = Url(r, handle);
        var dateText = r.Chance(0.5) ? EnglishDate(date.ToDateTime(TimeOnly.MinValue)) : Digits(r, $"{date.Day} {Months[date.Month - 1]} {date.Year}");
        var urlLines = Cut(r, url);
        var textLines = text.Split('\n').ToList();
        List<string> lines = r.Next(5) switch
        {
            0 => [.. textLines, .. urlLines, $"— {name} (@{handle}) {dateText}"],
            1 => [$"{name} @{handle} · {dateText}", .. textLines, .. urlLines],
            2 => [.. urlLines, .. textLines, $"@{handle} | {dateText}"],
            3 => [$"@{handle}", .. textLines, $"{dateText}{r.Pick(" · ", " — ", " ")}{r.Pick("تويتر", "X", "Twitter for iPhone")}", .. urlLines],
            _ => [$"{r.Pick("تغريدة", "منشور", "Post")} {name} (@{handle}):", .. textLines, dateText, .. urlLines],
        };
        var tweet = new ExpectedBlock(BlockKind.Tweet, text, url, handle, name, date, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };
        page.Post(slot, tweet, lines);
    }

    // A sentence of another story: a post quoting this one's own line would be two labels for one line.
    private static string Sentence(PageDraft page)
    {
        var pick = page.R.Pick(page.Pools.Sentences);
        for (var i = 0; i < 4 && page.Article.Text.Contains(pick, StringComparison.Ordinal); i++)
        {
            pick = page.R.Pick(page.Pools.Sentences);
        }
        return pick;
    }

    private static string Url(DressingRandom r, string handle)
    {
        var id = r.Letters(18, "0123456789").TrimStart('0');
        return r.Next(5) switch
        {
            0 => $"https://twitter.com/{handle}/status/6{id}",
            1 => $"https://x.com/{handle}/status/6{id}",
            2 => $"https://t.co/{r.Letters(10)}",
            3 => $"pic.twitter.com/{r.Letters(10)}",
            _ => $"http://mobile.twitter.com/{handle}/status/6{id}",
        };
    }

    // Two in three links are cut, anywhere, into two or three lines.
    private static List<string> Cut(DressingRandom r, string url)
    {
        if (r.Chance(0.35))
        {
            return [url];
        }
        var first = r.Between(1, url.Length - 2);
        if (r.Chance(0.6) || url.Length - first < 3)
        {
            return [url[..first], url[first..]];
        }
        var second = r.Between(first + 1, url.Length - 1);
        return [url[..first], url[first..second], url[second..]];
    }
}

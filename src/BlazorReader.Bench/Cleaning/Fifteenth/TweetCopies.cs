using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Fifteenth;

// Posts on X embedded in the story and copied through what people read them in: a Nitter-style
// front end (date with «UTC», counts in emoji), a TweetDeck column, a numbered thread, or text
// read off a screenshot with the handle and date out of order. The post is the story's; its
// counts and «show this thread» are the page's. Links break over lines anywhere.
internal static class TweetCopies
{
    private static readonly string[] HandleParts = ["Saad", "News", "KSA", "Riyadh", "Fahad", "Gov", "Sport", "Eco", "Noura", "Info", "Now", "Ahmad", "Media"];

    private static readonly string[] EnglishPosts =
    [
        "Productive meeting today on regional cooperation and the next steps ahead.",
        "Proud of our team for delivering this project ahead of schedule.",
        "Thank you to everyone who joined us this week. More updates soon.",
        "Important announcement for residents: please check the official guidance before travelling.",
    ];

    public static void Dress(PageDraft page, DressingRandom r, DressingPools pools)
    {
        if (pools.Sentences.Count == 0 || page.BodyCount == 0 || page.Gaps() is not { Count: > 0 } gaps)
        {
            return;
        }
        var handle = r.Pick(HandleParts) + r.Pick("_", "") + r.Pick(HandleParts) + (r.Chance(0.4) ? r.Between(1, 99).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        var arabicName = r.Chance(0.7);
        var name = arabicName ? PageWords.Person(r) : r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast);
        var day = PageWords.Day(r, page.Article.PublishedAt);
        var at = r.Pick(gaps);
        if (r.Chance(0.35))
        {
            page.InsertParagraph(at++, arabicName ? r.Pick($"وكتب {name} على حسابه في منصة «إكس»:", "وجاء في التغريدة:", PageWords.IsWoman(name) ? $"وغرّدت {name} قائلةً:" : $"وغرّد {name} قائلاً:") : "وجاء في التغريدة:");
        }
        var thread = r.Chance(0.25) ? r.Between(2, 3) : 1;
        var style = r.Next(4);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var indic = r.Chance(0.5);
        var minute = r.Between(0, 23 * 60);
        for (var i = 1; i <= thread; i++)
        {
            var ltr = thread == 1 && r.Chance(0.12);
            var text = ltr ? r.Pick(EnglishPosts) : Sentence(r, pools, page, used) + (r.Chance(0.25) ? "\n" + Sentence(r, pools, page, used) : "");
            if (thread > 1)
            {
                text = PageWords.Digits(r, $"{i}/{thread}", indic) + " " + text;
            }
            var url = Url(r, handle);
            var block = new ExpectedBlock(BlockKind.Tweet, text, url, handle, name, day, ltr ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };
            minute += r.Between(1, 9);
            page.InsertBody(at++, block, Written(r, style, text, Break(r, url), handle, name, day, minute));
            if (style == 0 && r.Chance(0.7))
            {
                page.AddAfterBody(at - 1, NoiseKind.Counter, [$"💬 {r.Number(r.Between(0, 300))} 🔁 {r.Number(r.Between(0, 900))} ❤️ {r.Number(r.Between(1, 9000))}{(r.Chance(0.4) ? $" 📊 {r.Number(r.Between(1, 90))}K" : "")}"]);
            }
            else if (r.Chance(0.3))
            {
                var (likes, reposts) = r.Chance(0.7) ? (r.Pick("إعجاب", "أعجبني"), r.Pick("إعادة نشر", "إعادة تغريد")) : ("Likes", "Reposts");
                page.AddAfterBody(at - 1, NoiseKind.Counter, [$"{r.Number(r.Between(1, 9000))} {likes} {r.Number(r.Between(0, 900))} {reposts}"]);
            }
            if (i == 1 && r.Chance(thread > 1 ? 0.7 : 0.25))
            {
                page.AddAfterBody(at - 1, NoiseKind.MoreLink, [r.Pick("Show this thread", "عرض هذه السلسلة", "عرض المحادثة", "Translate post", "ترجمة المنشور")]);
            }
        }
    }

    // The lines the post takes on the page, in the order the copy path left them.
    private static List<string> Written(DressingRandom r, int style, string text, IReadOnlyList<string> link, string handle, string name, DateOnly day, int minute)
    {
        var lines = text.Split('\n').ToList();
        var english = $"{PageWords.EnglishMonths[day.Month - 1]} {day.Day}, {day.Year}";
        var arabic = $"{r.Number(day.Day)} {PageWords.ArabicMonths[day.Month - 1]} {PageWords.Year(r, day.Year)}";
        return style switch
        {
            // Nitter: name, handle, the date with its UTC time, the text, the link.
            0 => [name, "@" + handle, $"{english} · {PageWords.Clock(r, minute, false)} UTC", .. lines, .. link],
            // TweetDeck: «name @handle · date» on one line.
            1 => [$"{name} @{handle} · {r.Pick(english, $"{day.Day} {PageWords.EnglishMonths[day.Month - 1]} {day.Year}")}", .. lines, .. link],
            // A screenshot read back: text first, then the time and date, the handle, the name.
            2 => [.. lines, $"{PageWords.Clock(r, minute, true)} · {arabic}{r.Pick("", " · Twitter for iPhone", " · X for Android")}", "@" + handle, name, .. Prefixed(r.Pick("رابط التغريدة: ", "المصدر: ", "🔗 "), link)],
            // A plain embed: the text, «— name (@handle) date», the link.
            _ => [.. lines, $"— {name} (@{handle}) {r.Pick(english, arabic)}", .. link],
        };
    }

    private static string Url(DressingRandom r, string handle) => r.Next(5) switch
    {
        0 => "https://t.co/" + r.Letters(10),
        1 => $"https://twitter.com/{handle}/status/{r.Between(1, 9)}{r.Letters(18, "0123456789")}",
        _ => $"{r.Pick("https://", "")}{r.Pick("x.com", "x.com", "mobile.twitter.com")}/{handle}/status/{r.Between(1, 9)}{r.Letters(18, "0123456789")}",
    };

    // A link as the scraper left it: whole, or broken over two lines at any point inside it.
    private static List<string> Break(DressingRandom r, string url)
    {
        if (r.Chance(0.5))
        {
            return [url];
        }
        var at = r.Between(1, url.Length - 1);
        return [url[..at], url[at..]];
    }

    // A sentence of another story, short enough for a post and not a list's item: a post
    // quoted in this one never repeats its own lines, nor another post of the thread.
    private static string Sentence(DressingRandom r, DressingPools pools, PageDraft page, HashSet<string> used)
    {
        var own = TextReferee.Normalize(page.Article.Text);
        var pick = r.Pick(pools.Sentences);
        for (var i = 0; i < 12 && (own.Contains(pick, StringComparison.Ordinal) || used.Contains(pick) || pick.Length > 230 || !char.IsLetter(pick[0])); i++)
        {
            pick = r.Pick(pools.Sentences);
        }
        used.Add(pick);
        return pick;
    }

    private static List<string> Prefixed(string prefix, IReadOnlyList<string> link) => [prefix + link[0], .. link.Skip(1)];
}

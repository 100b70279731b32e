using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// Embedded posts flattened in new orders: cut with «… المزيد», pinned, with a link-preview
// card under the text, with a location line, a Latin display name over Arabic text, the
// handle on the line after the link, a quote-repost over the quoted post. Links point at
// t.co, pic.twitter.com, twitter.com or x.com and are often broken anywhere across lines.
internal static class Posts
{
    private static readonly string[] English =
    [
        "Proud of the team that made this happen today", "Thank you all for the warm welcome in Riyadh",
        "Big step forward for the region's health sector", "Road works finish ahead of schedule",
        "Registration opens next week, details in the link", "Honoured to meet the delegation this morning",
    ];

    // A location line names the country after the city, so the city must be in it.
    private static readonly string[] SaudiCities = ["الرياض", "جدة", "مكة المكرمة", "الدمام", "أبها", "تبوك", "الطائف", "حائل", "جازان", "نجران"];

    public static void Write(Page p, Story s)
    {
        var r = p.R;
        var english = r.Chance(0.2);
        var text = english ? r.Pick(English) + r.Pick("", ".", " 🙏", "!") : Sentence(r, s);
        var handle = Stamps.Handle(r);
        var shape = r.Next(7);
        // Shape 4 is a Latin display name over Arabic text.
        var name = english || shape == 4 || r.Chance(0.3) ? Stamps.LatinName(r) : DressingPools.PersonName(r);
        var date = s.Date.AddDays(-r.Next(5));
        var url = Url(r, handle);
        var block = new ExpectedBlock(BlockKind.Tweet, TextReferee.Normalize(text), url, handle, name, date, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };
        var link = Broken(r, url);
        var when = Stamps.PostDate(r, date);
        var at = "@" + handle;
        List<string> lines = shape switch
        {
            0 => [$"{name} · {at} · {when}", text + r.Pick(" … المزيد", "… Show more", "... عرض المزيد"), link],
            1 => [r.Pick("📌 مثبّت", "Pinned", "📌 Pinned post", "منشور مثبّت"), name, at, text, link, when],
            2 => [$"{name} {at}", text, Card(r, s), r.Pick("spa.gov.sa", "sabq.org", "okaz.com.sa", "alriyadh.com", "youtube.com"), link, when],
            3 => [name, at, text, "📍 " + r.Pick(SaudiCities) + r.Pick("", "، السعودية", ", Saudi Arabia"), $"{when} {link}"],
            4 => [name, text, $"— {at} {when}", link],
            5 => [text, link, at, when],
            _ => [$"{name} ({at})", text + " " + link, when],
        };
        p.Post(block, lines);
    }

    // A repost with a comment over the post it quotes: two posts, the outer one first.
    public static void Quote(Page p, Story s)
    {
        var r = p.R;
        var outerHandle = Stamps.Handle(r);
        var innerHandle = Stamps.Handle(r);
        var date = s.Date.AddDays(-r.Next(3));
        var comment = Sentence(r, s);
        var quoted = Sentence(r, s);
        var outerUrl = Url(r, outerHandle);
        var innerUrl = $"https://{r.Pick("twitter.com", "x.com")}/{innerHandle}/status/{Id(r)}";
        var outerName = DressingPools.PersonName(r);
        var innerName = DressingPools.PersonName(r);
        p.Post(new ExpectedBlock(BlockKind.Tweet, TextReferee.Normalize(comment), outerUrl, outerHandle, outerName, date) { Links = [outerUrl] },
            [$"{outerName} @{outerHandle}", comment, Broken(r, outerUrl), Stamps.PostDate(r, date)]);
        p.Post(new ExpectedBlock(BlockKind.Tweet, TextReferee.Normalize(quoted), innerUrl, innerHandle, innerName, date.AddDays(-1)) { Links = [innerUrl] },
            [r.Pick("اقتباس", "Quote", "↪ يقتبس"), $"{innerName} @{innerHandle} · {Stamps.PostDate(r, date.AddDays(-1))}", quoted, Broken(r, innerUrl)]);
    }

    private static string Sentence(DressingRandom r, Story s)
    {
        var t = "نبارك للوطن هذا الإنجاز ونسأل الله التوفيق للجميع";
        for (var i = 0; i < 5 && s.Pools.Sentences.Count > 0; i++)
        {
            // A sentence of this very story would be the story's own line, not the post's.
            var candidate = TextReferee.Normalize(r.Pick(s.Pools.Sentences));
            if (candidate.Length > 15 && !s.Carries(candidate))
            {
                t = candidate;
                break;
            }
        }
        if (t.Length <= 180)
        {
            return t;
        }
        var cut = t.LastIndexOf(' ', 160);
        return cut > 40 ? t[..cut] : t[..160];
    }

    // A link-preview card's title: words a linked page would carry, never another story's title.
    private static string Card(DressingRandom r, Story s) =>
        $"{r.Pick("بيان صحفي", "فيديو", "تقرير مصور", "ألبوم")} {r.Pick("|", "-", "—", ":")} {r.Pick("تفاصيل", "صور", "مشاهد")} من {s.City}";

    private static string Id(DressingRandom r) =>
        "6" + string.Concat(Enumerable.Range(0, 17).Select(_ => r.Next(10).ToString(CultureInfo.InvariantCulture)));

    private static string Url(DressingRandom r, string handle) => r.Next(6) switch
    {
        0 => "https://t.co/" + r.Letters(10),
        1 => "pic.twitter.com/" + r.Letters(10),
        2 => $"https://twitter.com/{handle}/status/{Id(r)}",
        3 => $"https://x.com/{handle}/status/{Id(r)}",
        4 => $"twitter.com/{handle}/status/{Id(r)}",
        _ => $"https://mobile.twitter.com/{handle}/status/{Id(r)}",
    };

    // Scrapers wrap long links anywhere: one or two breaks at any character.
    private static string Broken(DressingRandom r, string url)
    {
        if (r.Chance(0.45))
        {
            return url;
        }
        var first = r.Between(1, url.Length - 2);
        if (r.Chance(0.6))
        {
            return url[..first] + "\n" + url[first..];
        }
        var second = r.Between(first + 1, url.Length - 1);
        return url[..first] + "\n" + url[first..second] + "\n" + url[second..];
    }
}

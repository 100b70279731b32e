using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Thirteenth;

// Addresses as pages print them, and as scrapers break them: inside the scheme, in the host,
// at «t.» / «co/…», «pic.twitter.» / «com/…», «x.» / «com/…», or anywhere in the path,
// over two lines or three.
internal static class Links
{
    public static string StatusId(DressingRandom r) => r.Between(5, 17).ToString(CultureInfo.InvariantCulture) + r.Letters(17, "0123456789");

    public static string TweetUrl(DressingRandom r, string handle) => r.Next(7) switch
    {
        0 or 1 => r.Pick("https://", "https://", "http://", "") + "t.co/" + r.Letters(r.Between(8, 10)),
        2 or 3 => r.Pick("", "", "https://") + "pic.twitter.com/" + r.Letters(10),
        4 => r.Pick("https://", "https://mobile.", "") + "twitter.com/" + handle + "/status/" + StatusId(r),
        _ => r.Pick("https://", "") + "x.com/" + handle + "/status/" + StatusId(r),
    };

    // The places a scraper's line break falls most often in a tweet's link, or anywhere.
    private static int Cut(DressingRandom r, string url)
    {
        var marks = new List<int>();
        foreach (var host in new[] { "t.co/", "twitter.com/", "x.com/" })
        {
            var at = url.IndexOf(host, StringComparison.Ordinal);
            if (at >= 0 && (host != "x.com/" || at == 0 || url[at - 1] is '/'))
            {
                marks.Add(at + host.IndexOf('.', StringComparison.Ordinal) + 1);
            }
        }
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            marks.Add(r.Between(1, scheme + 2));
        }
        return marks.Count > 0 && r.Chance(0.55) ? r.Pick<int>(marks) : r.Between(1, url.Length - 1);
    }

    // The link in two or three parts, each part non-empty, in order.
    public static List<string> Break(DressingRandom r, string url, int parts)
    {
        var cuts = new SortedSet<int> { Cut(r, url) };
        for (var tries = 0; cuts.Count < parts - 1 && tries < 20; tries++)
        {
            cuts.Add(r.Between(1, url.Length - 1));
        }
        var pieces = new List<string>();
        var from = 0;
        foreach (var cut in cuts)
        {
            pieces.Add(url[from..cut]);
            from = cut;
        }
        pieces.Add(url[from..]);
        return pieces;
    }

    // An outlet's own article address, for more-links and newsletters (never a tweet's link).
    public static string Article(DressingRandom r, Outlet o)
    {
        var id = r.Between(10000, 999999).ToString(CultureInfo.InvariantCulture);
        var section = r.Pick("ar/news", "actualites", "politique", "economie", "news", "local", "article", "akhbar", "sport", "monde");
        return r.Pick("https://www.", "https://", "http://", "www.") + o.Domain + "/" + section + "/" + id + r.Pick("", ".html", "/", "-" + r.Letters(6, "abcdefghijklmnopqrstuvwxyz"));
    }

    // A site link as a scraper leaves it: whole, or broken once where neither half is too short to read.
    public static List<string> MaybeBroken(DressingRandom r, string url, double chance)
    {
        if (!r.Chance(chance) || url.Length < 12)
        {
            return [url];
        }
        var cut = r.Between(4, url.Length - 4);
        return [url[..cut], url[cut..]];
    }
}

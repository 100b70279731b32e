using System.Text;

namespace BlazorReader.Bench.Cleaning.Sixth;

// Addresses as pages print them, and the scraper's habit of breaking them over lines at
// any character (including just after the scheme or inside the host).
internal static class SixthLinks
{
    public static string Article(DressingRandom r, SixthSite site)
    {
        var path = r.Pick<Func<string>>(
            () => $"/{r.Pick("news", "politique", "akhbar", "article", "node", "archives")}/{r.Between(10000, 999999)}",
            () => $"/{r.Between(2014, 2015)}/{r.Between(1, 12):00}/{r.Between(1, 28):00}/{r.Letters(r.Between(6, 14), "abcdefghijklmnopqrstuvwxyz-")}",
            () => $"/?p={r.Between(1000, 99999)}",
            () => $"/ar/{r.Pick("local", "world", "economy", "sport")}/{r.Between(100000, 9999999)}.html",
            () => $"/{r.Letters(1, "abcdefghijklmnopqrstuvwxyz")}{r.Letters(7, "abcdefghijklmnopqrstuvwxyz0123456789")}")();
        var scheme = r.Pick("https://", "http://", "https://", "");
        return scheme + site.Host + path;
    }

    // The lines a link is written over: whole, or cut once or twice at any character.
    public static List<string> Break(DressingRandom r, string url, double chance = 0.5)
    {
        if (!r.Chance(chance) || url.Length < 6)
        {
            return [url];
        }
        var cuts = new SortedSet<int> { r.Between(1, url.Length - 1) };
        if (r.Chance(0.3) && url.Length > 12)
        {
            cuts.Add(r.Between(1, url.Length - 1));
        }
        var lines = new List<string>();
        var from = 0;
        foreach (var cut in cuts)
        {
            lines.Add(url[from..cut]);
            from = cut;
        }
        lines.Add(url[from..]);
        return lines;
    }

    // A tweet's link of one of the shapes embeds leave behind.
    public static string Tweet(DressingRandom r, string handle)
    {
        var id = new StringBuilder().Append(r.Between(1, 6)).Append(r.Letters(17, "0123456789")).ToString();
        return r.Next(6) switch
        {
            0 or 1 => r.Pick("https://", "http://") + "t.co/" + r.Letters(10),
            2 => r.Pick("", "", "https://") + "pic.twitter.com/" + r.Letters(10),
            3 => r.Pick("https://", "https://mobile.") + "twitter.com/" + handle + "/status/" + id,
            4 => "https://x.com/" + handle + "/status/" + id,
            _ => r.Pick("https://", "") + "t.co/" + r.Letters(r.Between(8, 10)),
        };
    }
}

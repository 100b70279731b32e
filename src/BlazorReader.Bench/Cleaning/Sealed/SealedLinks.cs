namespace BlazorReader.Bench.Cleaning.Sealed;

// Addresses as pages print them, and the line breaks a scraper leaves inside them.
internal static class SealedLinks
{
    private const string Slug = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string Scheme(DressingRandom r) => r.Pick("https://", "http://", "https://www.", "", "www.");

    public static string Story(DressingRandom r) => Scheme(r) + r.Pick(SealedWords.Domains) + r.Pick(
        "/news/" + r.Between(10000, 999999),
        "/" + r.Pick("local", "sport", "economy", "arab", "world") + "/" + r.Letters(r.Between(6, 12), Slug),
        "/?p=" + r.Between(1000, 99999),
        "/amp/" + r.Between(100000, 9999999),
        "/archives/" + r.Between(1000, 99999));

    public static string Short(DressingRandom r) => r.Pick("https://", "http://", "") + r.Pick("bit.ly/", "goo.gl/", "ow.ly/", "tinyurl.com/", "cutt.ly/") + r.Letters(r.Between(5, 8));

    public static string Channel(DressingRandom r) => r.Pick("https://", "") + r.Pick("t.me/", "fb.me/", "chat.whatsapp.com/", "youtube.com/c/", "instagram.com/")
        + r.Letters(r.Between(6, 14), Slug + "_");

    // The line split at one or two points inside [start, start+length): any character, so the
    // pieces can end on a dot, a slash or in the middle of a word.
    public static List<string> Break(DressingRandom r, string line, int start, int length)
    {
        var cuts = new SortedSet<int>();
        var count = length > 8 && r.Chance(0.3) ? 2 : 1;
        while (cuts.Count < count)
        {
            cuts.Add(start + r.Between(1, length - 1));
        }
        var lines = new List<string>();
        var from = 0;
        foreach (var cut in cuts)
        {
            lines.Add(line[from..cut]);
            from = cut;
        }
        lines.Add(line[from..]);
        return lines;
    }

    // A line that ends with (or is) an address, broken inside it now and then.
    public static List<string> MaybeBroken(DressingRandom r, string before, string url, double p = 0.35)
    {
        var line = before + url;
        return r.Chance(p) ? Break(r, line, before.Length, url.Length) : [line];
    }
}

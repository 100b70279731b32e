namespace BlazorReader.Bench.Cleaning.Nineteenth;

// Scrapers wrap long addresses wherever the column ends: in the scheme, the host, the path
// or the digits, once or twice. Only line breaks are put in, so joining the lines mends it.
public static class LinkBreaker
{
    public static string Break(DressingRandom r, string url, double p = 0.6)
    {
        if (!r.Chance(p) || url.Length < 4)
        {
            return url;
        }
        var cuts = new SortedSet<int> { r.Between(1, url.Length - 1) };
        if (r.Chance(0.35))
        {
            cuts.Add(r.Between(1, url.Length - 1));
        }
        var parts = new List<string>();
        var from = 0;
        foreach (var cut in cuts)
        {
            parts.Add(url[from..cut]);
            from = cut;
        }
        parts.Add(url[from..]);
        return string.Join('\n', parts);
    }

    public static string StatusUrl(DressingRandom r, string handle) => r.Next(5) switch
    {
        0 => "https://twitter.com/" + handle + "/status/" + r.Letters(18, "0123456789"),
        1 => "https://x.com/" + handle + "/status/" + r.Letters(19, "0123456789"),
        2 => "https://t.co/" + r.Letters(10),
        3 => "pic.twitter.com/" + r.Letters(10),
        _ => "https://mobile.twitter.com/" + handle + "/status/" + r.Letters(18, "0123456789"),
    };
}

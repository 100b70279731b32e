namespace BlazorReader.Bench.Cleaning.Seventeenth;

// Addresses as scraped text leaves them: hosts made up from letters (no real site is named),
// and a long link folded over lines at any point, as narrow columns and e-mail clients do.
internal static class Links
{
    public static string Host(DressingRandom r) =>
        r.Pick("www.", "", "m.", "ar.", "arabic.") + r.Letters(r.Between(5, 10), "abcdefghijklmnopqrstuvwxyz") + r.Pick(".com", ".net", ".org", ".news", ".com.sa", ".tv", ".info");

    public static string Page(DressingRandom r) =>
        r.Pick("https://", "http://", "") + Host(r) + r.Pick("/news/", "/ar/", "/article/", "/?p=", "/archives/", "/post/") + Stamps.N(r.Between(10000, 9999999));

    // The link cut into two or three lines; a cut may fall anywhere, the scheme included.
    public static IReadOnlyList<string> Fold(string url, DressingRandom r)
    {
        if (url.Length < 6)
        {
            return [url];
        }
        var first = r.Between(1, url.Length - 1);
        if (r.Chance(0.3) && url.Length - first > 4)
        {
            var second = r.Between(first + 1, url.Length - 1);
            return [url[..first], url[first..second], url[second..]];
        }
        return [url[..first], url[first..]];
    }
}

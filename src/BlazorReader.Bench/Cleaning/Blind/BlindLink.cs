namespace BlazorReader.Bench.Cleaning.Blind;

// Links as scrapers leave them: whole, or cut at any character over two or three lines
// (a narrow column, a mobile page's wrap), the first part sometimes still on the line before.
public static class BlindLink
{
    public static List<string> Break(string url, DressingRandom r, double chance = 0.5)
    {
        if (url.Length < 6 || !r.Chance(chance))
        {
            return [url];
        }
        var cuts = r.Chance(0.3) && url.Length > 12 ? 2 : 1;
        var at = new SortedSet<int>();
        while (at.Count < cuts)
        {
            at.Add(r.Between(1, url.Length - 1));
        }
        var parts = new List<string>();
        var from = 0;
        foreach (var cut in at)
        {
            parts.Add(url[from..cut]);
            from = cut;
        }
        parts.Add(url[from..]);
        return parts;
    }

    // A short code as link shorteners and status ids print them.
    public static string Code(DressingRandom r, int min = 6, int max = 10) => r.Letters(r.Between(min, max));

    public static string Digits(DressingRandom r, int count) =>
        r.Letters(1, "123456789") + r.Letters(count - 1, "0123456789");
}

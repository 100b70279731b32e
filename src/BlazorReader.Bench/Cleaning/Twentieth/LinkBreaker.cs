using System.Text;

namespace BlazorReader.Bench.Cleaning.Twentieth;

// A scraper's wrap: an address cut at any character, once or twice, with either line end.
// Joined again without the breaks it is whole, which is all a reader needs to follow it.
internal static class LinkBreaker
{
    public static string Break(DressingRandom r, string url, double chance = 0.55)
    {
        if (!r.Chance(chance) || url.Length < 4)
        {
            return url;
        }
        var cuts = Enumerable.Range(0, r.Chance(0.3) ? 2 : 1).Select(_ => r.Between(1, url.Length - 1)).Distinct().Order().ToList();
        var sb = new StringBuilder(url.Length + 4);
        var from = 0;
        foreach (var cut in cuts)
        {
            sb.Append(url, from, cut - from).Append(r.Pick("\n", "\n", "\r\n"));
            from = cut;
        }
        return sb.Append(url, from, url.Length - from).ToString();
    }
}

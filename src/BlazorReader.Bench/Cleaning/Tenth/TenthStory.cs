using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Tenth;

// What every shape may draw on for one article: its lines and title, the day it ran, the
// outlet whose page copied it, and the other stories.
public sealed partial record TenthStory(RawArticle Article, IReadOnlyList<string> Body, DateTime Day, Outlet Outlet, DressingPools Pools)
{
    public string Title => Article.Title ?? "";

    public string Paper => Outlet.Name;

    public string Date(DressingRandom r) => r.Chance(0.15) ? Stamp.English(Day, r) : Stamp.Day(Day, Outlet.Months, r);

    // A noise line whose address a copy broke; a line with no address is left whole.
    public static List<string> WrapLink(string line, DressingRandom r, double chance = 0.3)
    {
        var link = Address().Match(line);
        return link.Success ? Wrap(line, link.Index, r, chance) : [line];
    }

    [GeneratedRegex(@"https?://\S+|www\.\S+|[a-z0-9-]+(\.[a-z0-9-]+)+/\S*")]
    private static partial Regex Address();

    // A line with a link a copy broke: a soft wrap at any character past `from`, once or twice,
    // each part long enough to be seen. Unbroken most of the time.
    public static List<string> Wrap(string line, int from, DressingRandom r, double chance = 0.3)
    {
        if (!r.Chance(chance) || line.Length - from < 8)
        {
            return [line];
        }
        var cuts = new SortedSet<int> { r.Between(Math.Max(from, 3), line.Length - 4) };
        if (r.Chance(0.35))
        {
            cuts.Add(r.Between(Math.Max(from, 3), line.Length - 4));
        }
        var parts = new List<string>();
        var at = 0;
        foreach (var cut in cuts.Where(c => c - at >= 3))
        {
            parts.Add(line[at..cut]);
            at = cut;
        }
        parts.Add(line[at..]);
        return parts.Count > 1 && parts.All(p => TextReferee.Normalize(p).Length >= 3) ? parts : [line];
    }
}

namespace BlazorReader.Core.Tests.Cleaning;

// A link as a page's layout leaves it: broken at any point over one to three lines.
internal static class BrokenLink
{
    public static List<string> Pieces(Random r, string link)
    {
        var cuts = new SortedSet<int>(Enumerable.Range(0, r.Next(3)).Select(_ => r.Next(5, link.Length - 2)));
        var (pieces, at) = (new List<string>(), 0);
        foreach (var cut in cuts)
        {
            pieces.Add(link[at..cut]);
            at = cut;
        }
        pieces.Add(link[at..]);
        return pieces;
    }
}

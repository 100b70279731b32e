namespace BlazorReader.Bench.Cleaning.Fourteenth;

// Where a copy breaks an address: a narrow mail column, a note app's soft wrap or a
// scraper that kept the wrapped lines of a card. The break falls anywhere inside the
// address, once or twice; each side keeps at least three characters, so that each part
// is a line a cleaner can be asked about.
internal static class LinkBreaks
{
    public static string Break(string text, string link, DressingRandom r)
    {
        var at = text.IndexOf(link, StringComparison.Ordinal);
        if (at < 0 || link.Length < 8)
        {
            return text;
        }
        var cuts = new SortedSet<int> { r.Between(3, link.Length - 3) };
        if (link.Length > 20 && r.Chance(0.3))
        {
            cuts.Add(r.Between(3, link.Length - 3));
        }
        var parts = new List<string>();
        var last = 0;
        foreach (var cut in cuts.Where(c => c - last >= 3))
        {
            parts.Add(link[last..cut]);
            last = cut;
        }
        parts.Add(link[last..]);
        return text[..at] + string.Join("\n", parts) + text[(at + link.Length)..];
    }
}

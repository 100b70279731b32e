namespace BlazorReader.Bench.Cleaning.Ninth;

// A link as a scraper leaves it when the page wrapped it: cut at any character into two or
// three lines, the first part sometimes still on the line of text before it. A link labelled
// as noise is cut into parts long enough not to be found by chance in other text.
public static class BrokenLinks
{
    public static List<string> Break(DressingRandom r, string url, double chance = 0.6, int minPart = 3)
    {
        if (url.Length < minPart * 3 || !r.Chance(chance))
        {
            return [url];
        }
        var parts = r.Chance(0.25) && url.Length >= minPart * 5 ? 3 : 2;
        var cuts = new SortedSet<int>();
        while (cuts.Count < parts - 1)
        {
            var cut = r.Between(minPart, url.Length - minPart);
            if (cuts.All(c => Math.Abs(c - cut) >= minPart))
            {
                cuts.Add(cut);
            }
        }
        var lines = new List<string>();
        var from = 0;
        foreach (var cut in cuts.Append(url.Length))
        {
            lines.Add(url[from..cut]);
            from = cut;
        }
        return lines;
    }

    // The first part of a broken link written after the text it follows, the rest on lines of their own.
    public static List<string> After(DressingRandom r, string text, string url, double chance = 0.6, int minPart = 3)
    {
        var parts = Break(r, url, chance, minPart);
        parts[0] = text + r.Pick(" ", " ", "  ", "\u00A0") + parts[0];
        return parts;
    }
}

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// Some of a page's items, in their order, never none: a menu shows the links its site
// chose, a tag line the tags its editor ticked.
internal static class Several
{
    public static List<string> Of(DressingRandom r, double each, params string[] items)
    {
        var kept = items.Where(_ => r.Chance(each)).ToList();
        return kept.Count > 0 ? kept : [items[r.Next(items.Length)]];
    }
}

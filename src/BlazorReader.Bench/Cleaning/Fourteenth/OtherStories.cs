namespace BlazorReader.Bench.Cleaning.Fourteenth;

// Other stories a page names: corpus titles (sometimes one on the same subject) or leads,
// never the story's own title nor a line the story already holds.
internal sealed class OtherStories(DressingPools pools, string ownTitle, string ownText)
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public string? Title(DressingRandom r)
    {
        var related = r.Chance(0.35) ? pools.RelatedTitle(r, ownTitle) : null;
        return Take(related) ?? Take(Pick(pools.Titles, r)) ?? Take(Pick(pools.Titles, r));
    }

    public string? Lead(DressingRandom r) => Take(Pick(pools.Leads, r)) ?? Take(Pick(pools.Leads, r));

    public List<string> Titles(DressingRandom r, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => Title(r)).OfType<string>()];

    private static string? Pick(IReadOnlyList<string> list, DressingRandom r) => list.Count == 0 ? null : r.Pick(list);

    private string? Take(string? text) =>
        text is null || text == ownTitle || ownText.Contains(text, StringComparison.Ordinal) || !used.Add(text) ? null : text;
}

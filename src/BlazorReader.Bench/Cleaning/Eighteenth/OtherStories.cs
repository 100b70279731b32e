namespace BlazorReader.Bench.Cleaning.Eighteenth;

// Other stories' titles and leads for the lists a page hangs round its story; never the
// story's own title, never a sentence the story itself carries.
internal sealed class OtherStories(DressingPools pools)
{
    public List<string> Titles(DressingRandom r, PageDraft page, int count) => Draw(r, page, count, leads: false);

    public List<string> Leads(DressingRandom r, PageDraft page, int count) => Draw(r, page, count, leads: true);

    public string? Related(DressingRandom r, PageDraft page)
    {
        var t = pools.RelatedTitle(r, page.Source.Title);
        return t is not null && Fits(t, page) ? t : Titles(r, page, 1).FirstOrDefault();
    }

    private List<string> Draw(DressingRandom r, PageDraft page, int count, bool leads)
    {
        var from = leads ? pools.Leads : pools.Titles;
        var picked = new List<string>();
        for (var tries = 0; picked.Count < count && tries < count * 6 && from.Count > 0; tries++)
        {
            var t = r.Pick(from);
            if (Fits(t, page) && !picked.Contains(t))
            {
                picked.Add(t);
            }
        }
        return picked;
    }

    private static bool Fits(string t, PageDraft page) =>
        t != page.Title && !page.NormalText.Contains(t, StringComparison.Ordinal);
}

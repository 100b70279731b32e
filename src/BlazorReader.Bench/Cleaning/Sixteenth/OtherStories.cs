namespace BlazorReader.Bench.Cleaning.Sixteenth;

// Other stories' titles and leads for teasers and read-also links: never the story's own
// title, never a sentence the story itself carries.
internal static class OtherStories
{
    public static string? Title(Page page)
    {
        for (var i = 0; i < 6; i++)
        {
            var pick = page.R.Chance(0.35) ? page.Pools.RelatedTitle(page.R, page.Article.Title) : Any(page, page.Pools.Titles);
            if (pick is not null && IsOther(page, pick))
            {
                return pick;
            }
        }
        return null;
    }

    public static string? Lead(Page page)
    {
        for (var i = 0; i < 6; i++)
        {
            var pick = Any(page, page.Pools.Leads);
            if (pick is not null && IsOther(page, pick))
            {
                return pick;
            }
        }
        return null;
    }

    // A few different titles, for a list of cards or notifications.
    public static List<string> Titles(Page page, int count)
    {
        var list = new List<string>();
        for (var i = 0; i < count * 2 && list.Count < count; i++)
        {
            if (Title(page) is { } t && !list.Contains(t))
            {
                list.Add(t);
            }
        }
        return list;
    }

    private static string? Any(Page page, IReadOnlyList<string> pool) => pool.Count == 0 ? null : page.R.Pick(pool);

    // A title still carrying the scrape's undecoded entities («&quot;») is not shown so by a page.
    private static bool IsOther(Page page, string text) =>
        !text.Contains('&', StringComparison.Ordinal) && text != page.Title && !TextReferee.Normalize(page.Article.Text).Contains(text, StringComparison.Ordinal) && !page.IsOwn(text);
}

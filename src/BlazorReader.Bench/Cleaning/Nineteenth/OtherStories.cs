using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Nineteenth;

// Other articles' titles and leads, never the story's own: a teaser that names the story
// itself would be a repeat, and one its text contains could not be told from it.
public sealed class OtherStories(DressingPools pools, RawArticle own)
{
    private readonly string ownTitle = TextReferee.Normalize(own.Title ?? "");
    private readonly string ownText = TextReferee.Normalize(own.Text);

    public string? Title(DressingRandom r) => Pick(r, pools.Titles);

    public string? Lead(DressingRandom r) => Pick(r, pools.Leads);

    // On the same subject where the pools allow it, as related-coverage lists are.
    public string? Related(DressingRandom r) =>
        pools.RelatedTitle(r, own.Title) is { } t && Fits(t) ? t : Title(r);

    public List<string> Titles(DressingRandom r, int count)
    {
        var list = new List<string>();
        for (var i = 0; i < count * 2 && list.Count < count; i++)
        {
            if ((i == 0 ? Related(r) : Title(r)) is { } t && !list.Contains(t))
            {
                list.Add(t);
            }
        }
        return list;
    }

    private string? Pick(DressingRandom r, IReadOnlyList<string> pool)
    {
        for (var i = 0; i < 5 && pool.Count > 0; i++)
        {
            var t = r.Pick(pool);
            if (Fits(t))
            {
                return t;
            }
        }
        return null;
    }

    private bool Fits(string t) => t.Length > 0 && t != ownTitle && !ownText.Contains(t, StringComparison.Ordinal);
}

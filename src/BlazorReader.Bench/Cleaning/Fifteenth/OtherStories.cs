using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Fifteenth;

// Other stories' titles and leads for teaser boxes and «read also» lines: never the story's
// own title, never a line of its own text; often one on the same subject.
internal sealed class OtherStories(DressingPools pools, RawArticle article)
{
    private readonly string ownTitle = TextReferee.Normalize(article.Title ?? "");
    private readonly string ownText = TextReferee.Normalize(article.Text);

    public string? One(DressingRandom r)
    {
        for (var tries = 0; tries < 8; tries++)
        {
            var pick = tries == 0 && r.Chance(0.4) ? pools.RelatedTitle(r, article.Title)
                : r.Chance(0.8) || pools.Leads.Count == 0 ? Any(r, pools.Titles) : Any(r, pools.Leads);
            if (pick is not null && pick != ownTitle && !ownText.Contains(pick, StringComparison.Ordinal))
            {
                return pick;
            }
        }
        return null;
    }

    public List<string> Some(DressingRandom r, int count)
    {
        var list = new List<string>();
        for (var i = 0; i < count * 2 && list.Count < count; i++)
        {
            if (One(r) is { } t && !list.Contains(t))
            {
                list.Add(t);
            }
        }
        return list;
    }

    // One title for a «read also» link, which names a story by its title.
    public string? OneTitle(DressingRandom r) => Titles(r, 1).FirstOrDefault();

    // A title only (a link list shows titles, not leads).
    public List<string> Titles(DressingRandom r, int count) =>
        [.. Enumerable.Range(0, count * 3).Select(_ => Any(r, pools.Titles)).OfType<string>()
            .Where(t => t != ownTitle && !ownText.Contains(t, StringComparison.Ordinal)).Distinct().Take(count)];

    private static string? Any(DressingRandom r, IReadOnlyList<string> from) => from.Count == 0 ? null : r.Pick(from);
}

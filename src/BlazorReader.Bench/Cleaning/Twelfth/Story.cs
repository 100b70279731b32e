using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Twelfth;

// One article being dressed: its own lines and title, the page it is said to come from, and
// other stories' words that never occur in it (a teaser must be another story, a tweet or an
// embedded post must say something the article does not).
internal sealed class Story(RawArticle article, IReadOnlyList<string> own, DressingPools pools, DressingRandom r, Outlet outlet)
{
    private readonly string text = TextReferee.Normalize(article.Text.Replace('\n', ' '));

    public DressingRandom R => r;

    public Outlet Outlet => outlet;

    public IReadOnlyList<string> Own => own;

    public string? Title { get; } = article.Title is null ? null : TextReferee.Normalize(article.Title);

    public DateOnly Day { get; } = article.PublishedAt is { } at ? DateOnly.FromDateTime(at) : Calendar.Day(r);

    public string City => r.Pick(outlet.Cities);

    // Another story's title (often one on the same subject) or its lead.
    public string? Teaser(double leads = 0.3)
    {
        for (var i = 0; i < 8; i++)
        {
            var pick = r.Chance(leads) ? Any(pools.Leads) : r.Chance(0.5) ? pools.RelatedTitle(r, Title) : Any(pools.Titles);
            if (pick is not null && pick != Title && !text.Contains(pick, StringComparison.Ordinal))
            {
                return pick;
            }
        }
        return null;
    }

    public List<string> Teasers(int count, double leads = 0.3)
    {
        var list = new List<string>();
        for (var i = 0; i < count * 3 && list.Count < count; i++)
        {
            if (Teaser(leads) is { } t && !list.Contains(t))
            {
                list.Add(t);
            }
        }
        return list;
    }

    // A sentence from another clean article, for what someone posted beside the story.
    public string? Sentence()
    {
        for (var i = 0; i < 6; i++)
        {
            if (Any(pools.Sentences) is { } s && !text.Contains(s, StringComparison.Ordinal) && !own.Contains(s))
            {
                return s;
            }
        }
        return null;
    }

    // The first clause of one of the article's own lines: what a summary box or a key-facts
    // box prints again. Never a whole line, so it is a copy and not the paragraph itself.
    public string? OwnPoint(int index)
    {
        var line = own[index];
        // A stop followed by a space ends a clause; a point inside «4.88%» does not.
        var end = Enumerable.Range(1, Math.Max(0, line.Length - 2)).FirstOrDefault(i => line[i] is '.' or '،' or '؛' or ',' && line[i + 1] == ' ', -1);
        var space = line.Length > 90 ? line.LastIndexOf(' ', 80) : -1;
        var cut = end is > 30 and < 200 ? line[..end] : space > 20 ? line[..space] : null;
        return cut is null || cut.Length < 20 ? null : cut.Trim();
    }

    private string? Any(IReadOnlyList<string> list) => list.Count == 0 ? null : r.Pick(list);
}

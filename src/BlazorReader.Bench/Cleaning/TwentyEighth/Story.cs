using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// The article being dressed and what its shapes draw on: other stories for teasers, a date
// and a city for chrome lines.
internal sealed class Story(RawArticle article, DressingPools pools, DressingRandom r)
{
    private readonly string flat = TextReferee.Normalize(article.Text);

    private readonly string title = TextReferee.Normalize(article.Title ?? "");

    public RawArticle Article => article;

    public DressingPools Pools => pools;

    public string Title => title;

    public List<string> Lines { get; } = TextReferee.Lines(article.Text);

    public DateOnly Date { get; } = DateOnly.FromDateTime(article.PublishedAt ?? new DateTime(2015, 7, 21));

    public string City { get; } = r.Pick(DressingPools.Cities);

    public string Paper { get; } = r.Pick(DressingPools.Papers);

    public bool Carries(string text) => flat.Contains(TextReferee.Normalize(text), StringComparison.Ordinal);

    // Titles already teased on this page: a page lists another story once.
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    // Another story's title (often one on the same subject), never this story's own text.
    public string? OtherTitle(DressingRandom r)
    {
        for (var i = 0; i < 8; i++)
        {
            var t = (i < 3 ? pools.RelatedTitle(r, article.Title) : null) ?? (pools.Titles.Count > 0 ? r.Pick(pools.Titles) : null);
            if (t is { Length: > 12 } && t != title && !flat.Contains(t, StringComparison.Ordinal) && taken.Add(t))
            {
                return t;
            }
        }
        return null;
    }

    public List<string> OtherTitles(DressingRandom r, int count)
    {
        return [.. Enumerable.Range(0, count).Select(_ => OtherTitle(r)).OfType<string>()];
    }
}

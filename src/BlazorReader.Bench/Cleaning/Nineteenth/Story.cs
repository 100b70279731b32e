using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Nineteenth;

// What the shapes may know of the article they dress: its lines, title, day and its words.
public sealed class Story(RawArticle article, DressingPools pools)
{
    public IReadOnlyList<string> Lines { get; } = TextReferee.Lines(article.Text);

    public string? Title { get; } = string.IsNullOrWhiteSpace(article.Title) ? null : TextReferee.Normalize(article.Title);

    public DateOnly Day { get; } = DateOnly.FromDateTime(article.PublishedAt ?? new DateTime(2015, 7, 28, 0, 0, 0, DateTimeKind.Utc));

    public OtherStories Others { get; } = new(pools, article);

    public DressingPools Pools => pools;

    public string Text => article.Text;

    // Words long enough to make a topic tag of; the title first, the lead when there is none.
    public IReadOnlyList<string> Words => [.. (Title ?? Lines[0]).Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w.Trim('«', '»', '"', '(', ')', ':', '.', '،', '!', '؟'))
        .Where(w => w.Length >= 4 && w.All(char.IsLetter)).Distinct().Take(6)];
}

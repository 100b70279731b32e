using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Seventh;

// What every shape may read while it draws: the article, its lines, the pools of other
// stories and the dice. Teasers and «اقرأ أيضا» lines must be other stories, so the page also
// says which texts are too close to this one to stand for another story.
internal sealed class SeventhPage(RawArticle article, DressingPools pools, DressingRandom r)
{
    public RawArticle Article { get; } = article;

    public DressingPools Pools { get; } = pools;

    public DressingRandom R { get; } = r;

    public string Title { get; } = TextReferee.Normalize(article.Title ?? "");

    public IReadOnlyList<string> Lines { get; } = TextReferee.Lines(article.Text);

    private HashSet<string> OwnWords { get; } = Words(TextReferee.Normalize(article.Title ?? "") + " " + (TextReferee.Lines(article.Text).FirstOrDefault() ?? ""));

    // Another story's title or lead, or null after a few tries: never this article's own,
    // nor another paper's copy of it (wire stories run in many papers almost word for word).
    public string? OtherStory(bool lead)
    {
        for (var i = 0; i < 8; i++)
        {
            var pick = lead ? R.Pick(Pools.Leads) : (R.Chance(0.3) ? Pools.RelatedTitle(R, Title) : null) ?? R.Pick(Pools.Titles);
            if (IsOther(pick))
            {
                return TextReferee.Normalize(pick);
            }
        }
        return null;
    }

    // A sentence of another article, for the body paragraphs this catalogue adds on purpose.
    public string? OtherSentence()
    {
        for (var i = 0; i < 8; i++)
        {
            var pick = TextReferee.Normalize(R.Pick(Pools.Sentences));
            if (IsOther(pick))
            {
                return pick;
            }
        }
        return null;
    }

    private bool IsOther(string text)
    {
        var key = TextReferee.Normalize(text);
        if (key.Length < 15 || key == Title || Lines.Any(l => l.Contains(key, StringComparison.Ordinal) || key.Contains(l, StringComparison.Ordinal)))
        {
            return false;
        }
        var words = Words(key);
        return words.Count > 0 && words.Count(OwnWords.Contains) * 3 < words.Count;
    }

    private static HashSet<string> Words(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4)];
}

namespace BlazorReader.Bench.Cleaning.Eighth;

// Other stories for teasers and «اقرأ أيضاً» lines: corpus titles and leads, some on the same
// subject as this story, never this story's own title or lead nor another paper's copy of it
// (a copy shares most of its long words with this story's title and lead).
internal sealed class OtherStories(EighthContext c)
{
    private readonly HashSet<string> used = [];
    private readonly HashSet<string> ownWords = [.. Words(c.Title + " " + TextReferee.Lines(c.Article.Text).FirstOrDefault())];
    private readonly string ownText = TextReferee.Normalize(c.Article.Text.Replace('\n', ' '));

    public string? Next(DressingRandom r, bool titlesOnly = false)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var text = r.Next(10) switch
            {
                < 4 => r.Pick(c.Pools.Titles),
                < 7 when !titlesOnly && c.Pools.Leads.Count > 0 => r.Pick(c.Pools.Leads),
                _ => c.Pools.RelatedTitle(r, c.Title) ?? r.Pick(c.Pools.Titles),
            };
            if (IsOther(text) && used.Add(text))
            {
                return text;
            }
        }
        return null;
    }

    public List<string> Take(DressingRandom r, int count, bool titlesOnly = false) =>
        [.. Enumerable.Range(0, count).Select(_ => Next(r, titlesOnly)).OfType<string>()];

    private bool IsOther(string text)
    {
        if (text.Length < 15 || text == TextReferee.Normalize(c.Title) || ownText.Contains(text.Length > 60 ? text[..60] : text, StringComparison.Ordinal))
        {
            return false;
        }
        var words = Words(text).ToList();
        var shared = words.Count(ownWords.Contains);
        return shared < 3 || shared * 2 < Math.Min(words.Count, ownWords.Count);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('«', '»', '"', '(', ')', '،', ':', '.', ',')).Where(w => w.Length >= 4).Distinct();
}

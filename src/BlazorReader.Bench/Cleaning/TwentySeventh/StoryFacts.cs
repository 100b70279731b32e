namespace BlazorReader.Bench.Cleaning.TwentySeventh;

// What a shape must know of the story it dresses: its title, so a teaser is never the story
// itself, and its text, so a teaser never repeats a line the reader counts as the story's.
internal sealed class StoryFacts(string? title, string text)
{
    private readonly string ownTitle = TextReferee.Normalize(title ?? "");
    private readonly string ownText = TextReferee.Normalize(text);
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly HashSet<string> titleWords = Words(title ?? "");

    // A post quoting a line of this very story would print the story's line twice.
    public bool Tells(string line) => ownText.Contains(TextReferee.Normalize(line), StringComparison.Ordinal);

    public string? OtherTitle(DressingPools pools, DressingRandom r)
    {
        for (var tries = 0; tries < 6; tries++)
        {
            var t = (r.Chance(0.5) ? pools.RelatedTitle(r, title) : null) ?? (pools.Titles.Count > 0 ? r.Pick(pools.Titles) : null);
            if (t is null)
            {
                return null;
            }
            var flat = TextReferee.Normalize(t);
            if (flat.Length >= 8 && flat != ownTitle && t != ownTitle && !ownText.Contains(t, StringComparison.Ordinal) && !ownText.Contains(flat, StringComparison.Ordinal) && !SameStory(flat) && used.Add(flat))
            {
                return t;
            }
        }
        return null;
    }

    // The corpus holds one event told by several papers under near titles; such a title is the
    // story again under another name, not a teaser a reader would count as another story.
    private bool SameStory(string other)
    {
        var words = Words(other);
        var shared = words.Count(titleWords.Contains);
        return titleWords.Count > 0 && shared * 2 >= Math.Min(words.Count, titleWords.Count);
    }

    private static HashSet<string> Words(string text) =>
        [.. TextReferee.Normalize(text).Split(' ').Where(w => w.Length > 2)];
}

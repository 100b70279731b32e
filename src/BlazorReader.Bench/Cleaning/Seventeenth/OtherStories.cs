namespace BlazorReader.Bench.Cleaning.Seventeenth;

// Titles and leads of other stories for boxes, tickers and run-on records, never the story's
// own title nor a line it carries (a duplicated article would make its teaser its own text).
internal sealed class OtherStories(DressingPools pools, string? ownTitle, string ownText)
{
    public string? Title(DressingRandom r)
    {
        for (var i = 0; i < 8 && pools.Titles.Count > 0; i++)
        {
            var pick = r.Chance(0.35) ? pools.RelatedTitle(r, ownTitle) ?? r.Pick(pools.Titles) : r.Pick(pools.Titles);
            if (Fits(pick))
            {
                return pick;
            }
        }
        return null;
    }

    public string? Lead(DressingRandom r)
    {
        for (var i = 0; i < 8 && pools.Leads.Count > 0; i++)
        {
            var pick = r.Pick(pools.Leads);
            if (Fits(pick))
            {
                return pick;
            }
        }
        return null;
    }

    public List<string> Titles(DressingRandom r, int count)
    {
        var list = new List<string>();
        for (var i = 0; i < count * 2 && list.Count < count; i++)
        {
            if (Title(r) is { } t && !list.Contains(t))
            {
                list.Add(t);
            }
        }
        return list;
    }

    // A sentence from another clean article, for subtitles and quoted posts.
    public string? Sentence(DressingRandom r)
    {
        for (var i = 0; i < 8 && pools.Sentences.Count > 0; i++)
        {
            var pick = r.Pick(pools.Sentences);
            if (!ownText.Contains(pick, StringComparison.Ordinal))
            {
                return pick;
            }
        }
        return null;
    }

    private bool Fits(string text) => text != ownTitle && !ownText.Contains(text, StringComparison.Ordinal);
}

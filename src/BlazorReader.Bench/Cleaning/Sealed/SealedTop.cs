namespace BlazorReader.Bench.Cleaning.Sealed;

// What goes above the lead, and in which order: the headline most often first, the rest as
// the page's template put it.
internal static class SealedTop
{
    public static (List<NoisePiece> Pieces, bool Headline) Plan(DressingRandom r, string? title)
    {
        var rest = new List<NoisePiece>();
        if (r.Chance(0.05))
        {
            rest.Add(SealedHeadChrome.Edition(r));
        }
        if (r.Chance(0.28))
        {
            rest.Add(SealedHeadChrome.Byline(r));
        }
        if (r.Chance(0.14))
        {
            rest.Add(SealedHeadChrome.Dateline(r));
        }
        if (r.Chance(0.1))
        {
            rest.Add(SealedStoryChrome.Caption(r));
        }
        if (r.Chance(0.06))
        {
            rest.Add(SealedSocialChrome.Share(r));
        }
        if (r.Chance(0.07))
        {
            rest.Add(SealedFootChrome.Counter(r));
        }
        rest = [.. rest.OrderBy(_ => r.Next(1000))];
        var headline = title is not null && TextReferee.Normalize(title).Length > 0 && r.Chance(0.22);
        if (headline)
        {
            rest.Insert(r.Chance(0.8) ? 0 : r.Between(0, rest.Count), SealedHeadChrome.Headline(r, TextReferee.Normalize(title!)));
        }
        return (rest, headline);
    }
}

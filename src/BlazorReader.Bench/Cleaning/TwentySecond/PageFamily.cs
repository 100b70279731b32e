namespace BlazorReader.Bench.Cleaning.TwentySecond;

// A copy path a story reached the scraper through: the site or app it was read on, with the
// chrome that path puts over the story, inside it and under it. Each family names its own
// site, so that chrome carrying a site's name carries one that fits the page.
internal abstract class PageFamily
{
    public abstract string Site(Dressing d);

    public abstract void Head(PageSheet page, Dressing d, string site);

    // One piece of the family's chrome between two of the story's paragraphs.
    public abstract void Inside(PageSheet page, Dressing d, string site);

    public abstract void Tail(PageSheet page, Dressing d, string site);

    // Lines in the story that read like this family's furniture: most families have none of
    // their own and draw the common ones.
    public virtual List<string> OwnLines(Dressing d) => StoryOwnLines.Draw(d, end: false);
}

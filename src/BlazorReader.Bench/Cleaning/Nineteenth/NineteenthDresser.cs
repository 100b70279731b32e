using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Nineteenth;

// The nineteenth catalogue: magazine spreads, live-coverage pages with alert strips, service
// portals' dashboards and converters, lifestyle portals carrying a news item, councils'
// portals with vote tallies and minutes, aggregators' cluster pages, soft-paywalled papers
// and opinion columns with their author boxes; posts in new card orders; and body lines that
// look like chrome. One article in five is left as it was.
public sealed class NineteenthDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(r);
        var story = new Story(article, pools);
        if (r.Chance(0.2) || story.Lines.Count == 0)
        {
            return new DressedArticle(article, key, [.. story.Lines.Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], story.Title, true);
        }
        var sheet = new PageSheet(r, story);
        var family = r.Pick(PageFamily.All);
        family.Head(sheet);
        BodyFlow.Write(sheet, family);
        family.Glue(sheet);
        family.Tail(sheet);
        if (sheet.Noise.Count == 0)
        {
            SiteChrome.Rights(sheet);
        }
        // A page whose headline is in its text often comes without the title field filled.
        var title = sheet.HeadlineWritten && r.Chance(0.5) ? null : article.Title;
        var raw = article with { Text = PageLayout.Write(r, sheet.Chunks), Title = title };
        return new DressedArticle(raw, key, sheet.Body, sheet.Noise, story.Title, false);
    }
}

using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Seventeenth;

// The seventeenth catalogue, written apart from the cleaner and the sixteen before it. Each
// dressed page comes by one copy path (a news API's record, a foreign outlet's Arabic desk,
// a browser-translated page, a scrape caught behind a bot check, a charity's or a pilgrims'
// portal, a newsroom's revision view, a document viewer, a broadcaster's page with subtitles),
// may carry side boxes and tail boxes of other kinds, embedded posts, glued edges, and lines of
// the story's own that look like furniture. One article in five is left as it was.
public sealed class SeventeenthDresser(DressingPools pools) : IArticleDresser
{
    private static readonly Action<PageDraft, DressingRandom>[] CopyPaths =
    [
        NewsApiRecord.Dress,
        ForeignDeskPage.Dress,
        TranslatedPage.Dress,
        BotCheckPage.Dress,
        CharityPortalPage.Dress,
        RevisionViewPage.Dress,
        DocumentViewerPage.Dress,
        BroadcastPage.Dress,
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        if (r.Chance(0.2))
        {
            var own = TextReferee.Lines(article.Text).Select(l => new ExpectedBlock(BlockKind.Paragraph, l)).ToList();
            return new DressedArticle(article, key, own, [], article.Title, true);
        }
        var page = new PageDraft(article, pools);
        r.Pick(CopyPaths)(page, r);
        if (r.Chance(0.3))
        {
            ReadersCorner.Add(page, r);
        }
        if (r.Chance(0.35))
        {
            TailBoxes.Add(page, r);
        }
        if (r.Chance(0.3))
        {
            PostCards.Embed(page, r);
        }
        if (r.Chance(0.35))
        {
            StoryLookalikes.Insert(page, r);
        }
        if (r.Chance(0.3))
        {
            GluedEdges.Glue(page, r);
        }
        return PageWriter.Write(page, key, r);
    }
}

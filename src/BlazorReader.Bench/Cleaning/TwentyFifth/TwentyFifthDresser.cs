using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// The twenty-fifth catalogue, written without reading the cleaner or any other catalogue:
// port and market bulletins, weather and earthquake warnings, incident feeds, CMS edit
// screens, flattened charts and maps, media-monitoring digests, digitised newspaper
// archives, bookshop and museum cards, and chat and spell-checker overlays. Each page takes
// one family's furniture, the common chrome in new wordings, posts flattened with their
// links cut, and lines of the story's own that look like furniture.
public sealed class TwentyFifthDresser(DressingPools pools) : IArticleDresser
{
    private static readonly Action<PageDraft>[] Families =
    [
        HarbourBulletin.Dress,
        HazardWarnings.Dress,
        IncidentFeed.Dress,
        EditorPanel.Dress,
        ChartEmbed.Dress,
        MonitoringDigest.Dress,
        ArchiveScan.Dress,
        ShelfCards.Dress,
        HelpOverlays.Dress,
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(r);
        if (r.Chance(0.2))
        {
            List<ExpectedBlock> own = [.. TextReferee.Lines(article.Text).Select(l => new ExpectedBlock(BlockKind.Paragraph, l))];
            return new DressedArticle(article, key, own, [], article.Title, Undressed: true);
        }
        var page = new PageDraft(article, pools, r);
        // The story's own furniture-like lines go in first, so that chrome set in the same
        // slot afterwards lands below them, as a page's boxes follow the paragraph they sit by.
        StoryVoice.Add(page);
        r.Pick(Families)(page);
        Common(page);
        if (!page.HasNoise)
        {
            TailChrome.Footer(page);
        }
        return page.Build(key);
    }

    // The chrome every site has, each piece on its own roll so that pages differ in what
    // they carry as well as in how it is worded.
    private static void Common(PageDraft page)
    {
        var r = page.R;
        if (r.Chance(0.4))
        {
            HeadChrome.Dateline(page, glued: r.Chance(0.5));
        }
        if (r.Chance(0.35))
        {
            HeadChrome.Byline(page);
        }
        if (r.Chance(0.45))
        {
            HeadChrome.Headline(page);
        }
        if (r.Chance(0.3))
        {
            HeadChrome.Caption(page);
        }
        if (r.Chance(0.3))
        {
            FlatPosts.Add(page, page.Inside());
            if (r.Chance(0.25))
            {
                FlatPosts.Add(page, r.Chance(0.5) ? page.End : page.Inside());
            }
        }
        if (r.Chance(0.15) && page.Own.Count > 1)
        {
            var paragraph = r.Next(page.Own.Count);
            page.Repeat(Math.Min(page.End, paragraph + r.Between(1, 2)), paragraph);
        }
        if (r.Chance(0.3))
        {
            TailChrome.ReadAlso(page, r.Chance(0.5) ? page.Inside() : page.End);
        }
        if (r.Chance(0.3))
        {
            TailChrome.Share(page, r.Chance(0.7) ? page.End : 0);
        }
        if (r.Chance(0.3))
        {
            TailChrome.MoreLink(page);
        }
        if (r.Chance(0.25))
        {
            TailChrome.Credit(page);
        }
        if (r.Chance(0.12))
        {
            TailChrome.Signature(page);
        }
        if (r.Chance(0.25))
        {
            TailChrome.Tags(page, page.End);
        }
        if (r.Chance(0.25))
        {
            TailChrome.Counter(page, r.Chance(0.5) ? 0 : page.End);
        }
        // Other stories' lists sit above the footer on some sites and below it on others.
        var teasers = r.Chance(0.4);
        var teasersFirst = r.Chance(0.5);
        if (teasers && teasersFirst)
        {
            TailChrome.Teasers(page, page.End);
        }
        if (r.Chance(0.4))
        {
            TailChrome.Footer(page);
        }
        if (teasers && !teasersFirst)
        {
            TailChrome.Teasers(page, page.End);
        }
    }
}

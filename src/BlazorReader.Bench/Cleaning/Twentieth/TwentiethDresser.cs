using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Twentieth;

// The twentieth catalogue, written apart from the cleaner and the nineteen before it. A page
// comes from one copy path none of them drew on (a newsroom's internal copy, a web story, a
// health site, a petition or donation page, an events or travel guide, a review site, a
// service app, a repository record, a lock-screen stack), then a wall or switcher, the
// common chrome in new wording, posts the story embeds, and lines of the story that look
// like furniture. One article in five is left as it came.
public sealed class TwentiethDresser(DressingPools pools) : IArticleDresser
{
    private static readonly Action<PageDraft, DressingRandom>[] Families =
    [
        NewsroomCopy.Dress, SlideStory.Dress, HealthDesk.Dress, CampaignPage.Dress, EventListing.Dress,
        ReviewSite.Dress, ServiceApps.Dress, RepositoryRecord.Dress, LockScreenStack.Dress,
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var title = string.IsNullOrWhiteSpace(article.Title) ? null : TextReferee.Normalize(article.Title);
        var page = new PageDraft(article, pools);
        if (r.Chance(0.2) || page.Paragraphs == 0)
        {
            return new DressedArticle(article, key, [.. page.OwnLines.Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], title, true);
        }
        r.Pick(Families)(page, r);
        if (r.Chance(0.3))
        {
            PageWalls.Dress(page, r);
        }
        // A family whose dice all came up empty still leaves a page that was dressed.
        if (r.Chance(0.6) || !page.HasNoise)
        {
            StoryLinks.Dress(page, r);
        }
        StoryOwnLines.Dress(page, r);
        if (r.Chance(0.25))
        {
            for (var i = r.Chance(0.3) ? 2 : 1; i > 0; i--)
            {
                var card = PostCards.Draw(r, page);
                if (r.Chance(0.8))
                {
                    page.After(page.Gap(r), card);
                }
                else
                {
                    page.AfterBody(card);
                }
            }
        }
        if (r.Chance(0.06))
        {
            page.After(page.Gap(r), PostCards.Stub(r));
        }
        return page.Finish(key, title, Headline(page, r, title), r);
    }

    // The title over the story: kept in the metadata only, written into the text as well, or
    // only in the text (the metadata lost, as a copy loses it). Returns the metadata title.
    private static string? Headline(PageDraft page, DressingRandom r, string? title)
    {
        if (title is null)
        {
            return page.Article.Title;
        }
        var roll = r.Next(100);
        if (roll < 55)
        {
            return page.Article.Title;
        }
        var kicker = r.Chance(0.2) ? r.Pick("عاجل | ", "حصري: ", "بالفيديو.. ", "تقرير | ", "محليات — ") : "";
        var line = Entry.Noise(NoiseKind.Headline, kicker + (r.Chance(0.2) ? Typography.Squash(title) : title));
        if (r.Chance(0.6))
        {
            page.Top(line);
        }
        else
        {
            page.Head(line);
        }
        return roll < 80 ? null : page.Article.Title;
    }
}

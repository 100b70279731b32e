using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eleventh;

// The copy paths this catalogue draws: an ordinary regional paper's page, a search engine's
// cached copy, a machine-translated page, a news app's share, a LinkedIn repost, an Instagram
// caption, OCR of phone screenshots, a blogging platform, a TV channel's site, a paywalled
// page, and an endless-scroll page that runs on into the next story.
internal enum CopyPath
{
    SitePage,
    CachedCopy,
    TranslatedPage,
    AppShare,
    LinkedInPost,
    InstagramCaption,
    ScreenshotOcr,
    BlogPost,
    ChannelSite,
    Paywalled,
    EndlessScroll,
}

// The eleventh catalogue, written apart from the cleaner and from the ten before it: Saudi,
// Egyptian, Jordanian, Palestinian, Bahraini, Algerian, Tunisian and Moroccan outlets (all
// invented) copied along the paths above, with the furniture such pages carry (breadcrumbs,
// reading time, audio players, text-size bars, galleries, video embeds, polls, newsletter and
// cookie boxes, most-read lists). One article in five is left as it was.
public sealed class EleventhDresser(DressingPools pools) : IArticleDresser
{
    // An ordinary page twice as often as any one of the other paths.
    private static readonly CopyPath[] Paths = [CopyPath.SitePage, .. Enum.GetValues<CopyPath>()];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var paragraphs = TextReferee.Lines(article.Text);
        var title = article.Title is null ? null : TextReferee.Normalize(article.Title);
        // A text with no lines has nothing to dress around: it is left as it was too.
        if (r.Chance(0.2) || paragraphs.Count == 0)
        {
            return new DressedArticle(article, key, [.. paragraphs.Select(p => new ExpectedBlock(BlockKind.Paragraph, p))], [], title, true);
        }
        var path = r.Pick(Paths);
        var s = new Dressing(article, paragraphs, pools, r, path == CopyPath.ChannelSite);
        var social = path is CopyPath.LinkedInPost or CopyPath.InstagramCaption;
        // Tweets first, so that no piece written after them reads as one of their lines.
        if (r.Chance(social ? 0.1 : 0.28))
        {
            TweetPrint.Write(s);
        }
        var bareTitle = r.Chance(social ? 0.15 : 0.6) && HeadPieces.Headline(s, new Spot(Zone.Head));
        Wrap(path, s);
        Furnish(s, social);
        if (path == CopyPath.EndlessScroll)
        {
            StoryLists.NextStory(s);
        }
        if (s.Sheet.Noise.Count == 0)
        {
            PageChrome.Footer(s, new Spot(Zone.Tail));
        }
        var (text, body) = s.Sheet.Render(PageStyle.Draw(r));
        // A copy that lost its metadata keeps its title only where it was printed.
        var raw = article with { Text = text, Title = bareTitle && r.Chance(0.2) ? null : article.Title };
        return new DressedArticle(raw, key, body, s.Sheet.Noise, title, false);
    }

    private static void Wrap(CopyPath path, Dressing s)
    {
        switch (path)
        {
            case CopyPath.CachedCopy: PageBanners.Cache(s); break;
            case CopyPath.TranslatedPage: PageBanners.Translated(s); break;
            case CopyPath.AppShare: AppCopies.AppShare(s); break;
            case CopyPath.LinkedInPost: SocialCopies.LinkedIn(s); break;
            case CopyPath.InstagramCaption: SocialCopies.Instagram(s); break;
            case CopyPath.ScreenshotOcr: AppCopies.Screenshot(s); break;
            case CopyPath.BlogPost: AppCopies.Blog(s); break;
            case CopyPath.ChannelSite: PageBanners.Channel(s); break;
            case CopyPath.Paywalled: PageBanners.Paywall(s); break;
            default: break;
        }
    }

    // What any of these pages may carry, each drawn on its own.
    private static void Furnish(Dressing s, bool social)
    {
        var r = s.R;
        Maybe(social ? 0.1 : 0.5, () => HeadPieces.Byline(s));
        Maybe(social ? 0.15 : 0.45, () => Datelines.Write(s));
        Maybe(0.2, () => s.Sheet.Put(new Spot(r.Chance(0.7) ? Zone.Head : Zone.Above), NoiseKind.Dateline, Datelines.DateBar(s)));
        HeadPieces.Tools(s);
        Maybe(0.35, () => MediaPieces.Captions(s));
        Maybe(0.1, () => MediaPieces.Gallery(s));
        Maybe(0.1, () => MediaPieces.Video(s, new Spot(Zone.Gap, r.Chance(0.4) ? 0 : s.Sheet.InnerGap())));
        Maybe(0.12, () => MediaPieces.Repeat(s));
        Maybe(0.3, () => StoryLists.ReadAlso(s));
        Maybe(0.3, () => SourceLines.Credit(s));
        Maybe(0.25, () => SourceLines.MoreLink(s));
        Maybe(0.25, () => SourceLines.Signature(s));
        Maybe(0.3, () => PageChrome.Tags(s));
        Maybe(0.4, () => PageChrome.Share(s));
        Maybe(0.35, () => PageChrome.Counter(s));
        Maybe(0.05, () => PageChrome.Poll(s));
        Maybe(0.07, () => PageChrome.Newsletter(s));
        // Lists of other stories stand before the copyright foot, after it, or both.
        Maybe(0.3, () => StoryLists.Block(s, new Spot(Zone.Foot)));
        Maybe(social ? 0.1 : 0.45, () => PageChrome.Footer(s, new Spot(Zone.Foot)));
        Maybe(0.3, () => StoryLists.Block(s, new Spot(Zone.Tail, Order: Order.Anywhere)));
        Maybe(0.04, () => StoryLists.Block(s, new Spot(Zone.Above, Order: Order.Start)));
        Maybe(0.06, () => PageChrome.Cookie(s));

        void Maybe(double p, Action write)
        {
            if (r.Chance(p))
            {
                write();
            }
        }
    }
}

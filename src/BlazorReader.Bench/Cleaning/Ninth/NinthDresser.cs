using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Ninth;

// The ninth catalogue, written apart from the cleaner and the eight before it: stories that
// reached the page through scrapers leaving markup debris, portals' service widgets, SMS
// services, forwarded e-mail, press-clipping documents, aggregator cards, Telegram channels
// and AMP pages, from Jordanian, Palestinian, Syrian, Yemeni, Sudanese, Tunisian, Moroccan and
// Emirati papers. One article in five is left as it was.
public sealed class NinthDresser(DressingPools pools) : IArticleDresser
{
    private delegate void Shape(NinthPage page, NinthStory story, DressingRandom r);

    private static readonly Shape[] CopyPaths =
    [
        MarkupDebris.Dress, Widgets, PhoneServices.Dress, MailForward.Dress, DocumentExport.Dress,
        ChannelAndMobile.Channel, ChannelAndMobile.Mobile, Aggregator,
    ];

    // Chrome of the papers themselves, drawn on any copy path, with how often.
    private static readonly (double Chance, Shape Shape)[] Common =
    [
        (0.3, SourceLines.Byline), (0.35, SourceLines.Dateline), (0.35, SourceLines.Credit), (0.25, SourceLines.MoreLink),
        (0.35, OtherStories.Teasers), (0.15, OtherStories.Teasers), (0.25, OtherStories.ReadAlso), (0.1, SiteChrome.Headline),
        (0.2, SiteChrome.Footer), (0.12, SiteChrome.Counter), (0.1, SiteChrome.Tags), (0.15, SiteChrome.Signature),
        (0.1, SiteChrome.Repeat), (0.1, SiteChrome.PhotoCredit), (0.25, FlattenedTweets.Draw), (0.08, FlattenedTweets.Draw),
        (0.25, ChromeLookAlikes.Draw),
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var body = TextReferee.Lines(article.Text);
        if (r.Chance(0.2) || body.Count == 0)
        {
            return new DressedArticle(article, key, [.. body.Select(b => new ExpectedBlock(BlockKind.Paragraph, b))], [], article.Title, true);
        }
        var region = r.Pick(PageRegion.All);
        var story = new NinthStory(article, body, article.PublishedAt ?? new DateTime(2015, 7, 21), region, r.Pick(region.Papers), pools);
        var page = new NinthPage(r, body);
        var paths = r.Chance(0.35) ? 2 : 1;
        foreach (var path in Enumerable.Range(0, paths).Select(_ => r.Pick(CopyPaths)).Distinct())
        {
            path(page, story, r);
        }
        foreach (var (chance, shape) in Common)
        {
            if (r.Chance(chance))
            {
                shape(page, story, r);
            }
        }
        if (page.Noise.Count == 0)
        {
            SourceLines.Credit(page, story, r);
        }
        // A copy that prints its headline may have lost the title field.
        var rawTitle = page.HasKind(NoiseKind.Headline) && r.Chance(0.4) ? null : article.Title;
        return page.Build(article, key, rawTitle, article.Title);
    }

    private static void Widgets(NinthPage page, NinthStory story, DressingRandom r)
    {
        for (var i = r.Between(1, 3); i > 0; i--)
        {
            ServiceWidgets.Draw(page, story, r);
        }
    }

    // A news aggregator's page: the story's card, then cards of other stories.
    private static void Aggregator(NinthPage page, NinthStory story, DressingRandom r)
    {
        page.Top(page.Piece(NoiseKind.Credit, $"{story.Paper}{r.Pick(" · ", " • ", " - ")}{NinthDates.Ago(r)}") with { Credit = story.Paper });
        OtherStories.Teasers(page, story, r);
        if (r.Chance(0.5))
        {
            page.Bottom(page.Piece(NoiseKind.MoreLink, r.Pick("عرض القصة كاملة في", "اقرأ المزيد على", "افتح الخبر في", "تغطية كاملة من") + " " + story.Paper + r.Pick("", " ›", " ↗")));
        }
    }
}

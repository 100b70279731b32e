using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Tenth;

// The tenth catalogue, written apart from the cleaner and the nine before it: stories copied
// through browsers (reader view, print pages, AMP and Instant Articles, web archives), social
// and reading apps (Facebook page reposts, WhatsApp channel forwards, RSS readers), portals
// (wiki-style aggregators, podcast and video transcripts, match cards, market tickers) and
// institutions (fatwa sites, universities, ministries, translated copies), from Iraqi,
// Kurdistan-region, Omani, Qatari, Kuwaiti, Libyan and Mauritanian papers. One article in
// five is left as it was.
public sealed class TenthDresser(DressingPools pools) : IArticleDresser
{
    private delegate void Shape(TenthPage page, TenthStory story, DressingRandom r);

    private static readonly Shape[] CopyPaths =
    [
        ReaderCopies.ReaderView, ReaderCopies.Print, ReaderCopies.Amp, ReaderCopies.Archive,
        SocialCopies.Facebook, SocialCopies.WhatsApp, SocialCopies.Feed,
        PortalPages.Wiki, PortalPages.Media, PortalPages.MatchCard, PortalPages.Ticker,
        InstitutionPages.Fatwa, InstitutionPages.University, InstitutionPages.Ministry, InstitutionPages.Translated,
    ];

    // The papers' own chrome on any copy path, with how often; the foot before the teaser
    // blocks so that some of them fall below it.
    private static readonly (double Chance, Shape Shape)[] Common =
    [
        (0.3, SourceChrome.Byline), (0.35, SourceChrome.Dateline), (0.3, SourceChrome.Credit), (0.25, SourceChrome.MoreLink),
        (0.12, SourceChrome.Signature), (0.1, SourceChrome.Headline), (0.08, SourceChrome.Repeat),
        (0.15, PageChrome.Caption), (0.2, PageChrome.Share), (0.15, PageChrome.Counter), (0.12, PageChrome.Tags), (0.25, PageChrome.Footer),
        (0.3, OtherStories.Block), (0.12, OtherStories.Block), (0.2, OtherStories.ReadAlso), (0.22, Tweets.Draw), (0.07, Tweets.Draw),
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var body = TextReferee.Lines(article.Text);
        if (r.Chance(0.2) || body.Count == 0)
        {
            return new DressedArticle(article, key, [.. body.Select(b => new ExpectedBlock(BlockKind.Paragraph, b))], [], article.Title, true);
        }
        var story = new TenthStory(article, body, article.PublishedAt ?? new DateTime(2015, 7, 25), Outlet.Draw(r), pools);
        var page = new TenthPage(r, body);
        var paths = r.Chance(0.3) ? 2 : 1;
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
        // A copy that prints the headline has often lost the title field.
        var rawTitle = page.Has(NoiseKind.Headline) && r.Chance(0.4) ? null : article.Title;
        return page.Build(article, key, rawTitle);
    }
}

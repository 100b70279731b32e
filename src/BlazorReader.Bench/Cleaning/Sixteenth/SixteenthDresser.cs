using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Sixteenth;

// The sixteenth catalogue, written apart from the cleaner and the fifteen before it, from copy
// paths none of them drew on: AI chat assistants' answers, SEO content farms, news apps'
// notification histories, messaging link previews, scraping tools' spreadsheet exports,
// municipal portals, e-reader conversions, sports clubs' own sites, and papers' pages with
// obituary, condolence and classified columns beside the story. One article in five is
// left as it was; the rest carry one path's chrome around and into the story.
public sealed class SixteenthDresser(DressingPools pools) : IArticleDresser
{
    private static readonly Action<Page>[] Paths =
    [
        AssistantAnswer.Write, ContentFarm.Write, PushHistory.Write, PreviewCard.Write, ScraperSheet.Write, MunicipalPortal.Write, ReaderBook.Write, ClubSite.Write, PaperColumns.Write,
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(r);
        var title = article.Title is { Length: > 0 } t ? TextReferee.Normalize(t) : null;
        if (r.Chance(0.2) || TextReferee.Lines(article.Text).Count == 0)
        {
            return new DressedArticle(article, key, [.. TextReferee.Lines(article.Text).Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], title, Undressed: true);
        }
        var page = new Page(article, pools, r);
        r.Pick(Paths)(page);
        if (page.Noise.Count == 0)
        {
            page.Add(NoiseKind.Share, r.Pick("شارك عبر واتساب", "Share this article", "انسخ الرابط"));
        }
        var text = (r.Chance(0.08) ? "\uFEFF" : "") + page.Text(r.Chance(0.3) ? "\r\n" : "\n");
        // A page whose headline was copied may come without the title in its metadata.
        var keepTitle = !page.Noise.Any(p => p.Kind == NoiseKind.Headline) || r.Chance(0.65);
        return new DressedArticle(article with { Text = text, Title = keepTitle ? article.Title : null }, key, page.Body, page.Noise, title, Undressed: false);
    }
}

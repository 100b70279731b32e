using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentySixth;

// The twenty-sixth catalogue, written without reading the cleaner or any other catalogue: pages
// from copy paths none of the twenty-five drew on (statistics releases, sermon platforms,
// transit and parcel apps, social audio rooms, highlight-to-share popups, developer docs,
// fantasy-league games, dictionary and coupon overlays, Quran apps' verse cards), each with the common chrome in new
// wording, posts flattened in new orders, and lines of the story's own that look like chrome.
public sealed class TwentySixthDresser(DressingPools pools) : IArticleDresser
{
    private static readonly Action<PageDraft>[] Families =
    [
        StatisticsRelease.Dress, SermonPlatform.Dress, TransitAndParcel.Dress, AudioRoom.Dress,
        QuoteShare.Dress, DevDocs.Dress, FantasyLeague.Dress, BrowserOverlays.Dress, QuranApp.Dress,
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        if (r.Chance(0.2) || article.Title is null)
        {
            return new DressedArticle(article, key, [.. TextReferee.Lines(article.Text).Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], null, Undressed: true);
        }
        var page = new PageDraft(article, pools, r);
        var family = r.Next(Families.Length);
        Families[family](page);
        if (r.Chance(0.15))
        {
            // A second app's overlay now and then, never the same family twice on one page.
            Families[(family + r.Between(1, Families.Length - 1)) % Families.Length](page);
        }
        CommonChrome.Add(page);
        var (text, body, noise) = page.Render();
        var titled = noise.Any(n => n.Kind == NoiseKind.Headline);
        var raw = article with { Text = text, Title = titled && r.Chance(0.5) ? null : article.Title };
        return new DressedArticle(raw, key, body, noise, titled ? TextReferee.Normalize(article.Title) : null, Undressed: false);
    }
}

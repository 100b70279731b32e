using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyThird;

// The twenty-third catalogue, written apart from the cleaner and every other catalogue: the
// story as research centres, relief agencies, parliaments, open-data portals, print-friendly
// pages, newsstand apps, patient portals, AI-summary and accessibility overlays, super-apps
// and translation tools' bilingual exports carry it, with the shared chrome in new wordings
// and places, posts flattened with their links cut anywhere, and lines of the story's own
// that look like furniture.
public sealed class TwentyThirdDresser(DressingPools pools) : IArticleDresser
{
    private static readonly Action<PageSheet, PageKit>[] Families =
    [
        ResearchPages.ThinkTank, ResearchPages.BrokerNote, ReliefPages.Sitrep, ReliefPages.PatientPortal,
        CivicPages.Parliament, CivicPages.OpenData, PrintPages.PrintFriendly, PrintPages.Newsstand,
        OverlayPages.AiSummary, OverlayPages.AccessOverlay, OverlayPages.SuperAppTab, BilingualPages.TranslationExport,
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var paragraphs = TextReferee.Lines(article.Text);
        if (r.Chance(0.2) || paragraphs.Count == 0)
        {
            return new DressedArticle(article, key, [.. paragraphs.Select(p => new ExpectedBlock(BlockKind.Paragraph, p))], [], article.Title, true);
        }
        var page = new PageSheet(paragraphs);
        var kit = new PageKit(pools, r, article);
        r.Pick(Families)(page, kit);
        SharedChrome.Add(page, kit);
        StoryInserts.Add(page, kit);
        var (text, body, noise) = page.Write(r);
        var keepTitle = r.Chance(0.75);
        var title = keepTitle || kit.TitleWritten ? article.Title : null;
        return new DressedArticle(article with { Text = text, Title = keepTitle ? article.Title : null }, key, body, noise, title, false);
    }
}

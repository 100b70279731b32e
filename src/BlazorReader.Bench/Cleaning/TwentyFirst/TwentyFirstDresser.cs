using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// The twenty-first catalogue, written without reading the cleaner or any other catalogue.
// Each dressed page comes through one new copy path (teletext, signage screens, watch
// glances, school radio and children's news, learner news, map cards, listing portals,
// answer sites, telex bulletins, highlight exports, telecom apps' news tabs), over the common
// chrome in new wordings, with posts flattened into the text and lines of the story's own that
// look like furniture.
public sealed class TwentyFirstDresser(DressingPools pools) : IArticleDresser
{
    private static readonly Action<PageDraft>[] Families =
    [
        TeletextPage.Dress, SignageScreen.Dress, WatchGlance.Dress, SchoolNewsPage.Dress, LearnerNewsPage.Dress, PlaceCardPage.Dress,
        ListingPortalPage.Dress, AnswerSitePage.Dress, TelexBulletin.Dress, HighlightExport.Dress, TelecomAppTab.Dress,
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        if (r.Chance(0.2))
        {
            return new DressedArticle(article, key, [.. TextReferee.Lines(article.Text).Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], article.Title, Undressed: true);
        }
        var d = new PageDraft(article, pools, r);
        // Most pages keep the title as metadata; some carry it only in the text, as a copy
        // does, and then the cleaner has to find it there.
        var titleInText = r.Chance(0.35) && d.Title.Length > 0;
        var keepTitle = !titleInText || r.Chance(0.3);
        // A family draws first so that its bars sit over the common head chrome, which it
        // places with Top; the highlight export prints the title its own way, so it skips the common one.
        var family = r.Chance(0.85) ? r.Pick(Families) : null;
        HeadChrome.Dress(d, headline: titleInText && family?.Method.DeclaringType != typeof(HighlightExport));
        family?.Invoke(d);
        for (var posts = r.Chance(0.22) ? r.Between(1, 2) : 0; posts > 0; posts--)
        {
            FlatPosts.Dress(d);
        }
        if (r.Chance(0.35))
        {
            StoryLines.Dress(d);
        }
        // The common chrome last: a more-link glued to the story's end must find its last line.
        InsideChrome.Dress(d);
        TailChrome.Dress(d);
        var text = d.Write(out var blocks, out var noise);
        if (noise.Count == 0)
        {
            // A page of this path always shows some chrome; never label a dressed page clean.
            d.Tail(NoiseKind.Footer, TailChrome.FooterLine(d));
            text = d.Write(out blocks, out noise);
        }
        var title = titleInText || keepTitle ? article.Title : null;
        return new DressedArticle(article with { Text = text, Title = keepTitle ? article.Title : null }, key, blocks, noise, title, Undressed: false);
    }
}

using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Sealed;

// The fifth catalogue, written apart from the cleaner and from the other four: pages of
// Nile, Yemeni, Libyan, Mauritanian, Omani, Kuwaiti, Jordanian and Palestinian portals,
// sports and market sites, and reposts from channels, pages and forwarded messages. Chrome
// above the story, among its paragraphs, glued onto its first or last line, and below it in
// any order; one article in five left as it was.
public sealed class SealedDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var body = TextReferee.Lines(article.Text);
        if (body.Count == 0 || r.Chance(0.2))
        {
            return new DressedArticle(article, key, [.. body.Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], null, true);
        }
        var page = new SealedPage();
        var noise = new List<NoisePiece>();
        var expected = new List<ExpectedBlock>();
        void Put(NoisePiece piece)
        {
            noise.Add(piece);
            page.Add(piece);
        }

        var (top, headline) = SealedTop.Plan(r, article.Title);
        top.ForEach(Put);
        // One dateline to a page: a glued one only where none stands above the lead.
        var glue = new SealedGlue(r, body.Count, datelineGlued: !top.Any(p => p.Kind == NoiseKind.Dateline));
        var inserts = SealedMiddle.Plan(r, body, pools, article.Title);
        for (var i = 0; i < body.Count; i++)
        {
            var (line, glued) = glue.Dress(r, i, body[i], pools, article.Title);
            noise.AddRange(glued);
            expected.Add(new ExpectedBlock(BlockKind.Paragraph, body[i]));
            page.Add([line]);
            foreach (var insert in inserts.After(i))
            {
                if (insert.Tweet is { } tweet)
                {
                    expected.Add(tweet);
                }
                else
                {
                    noise.Add(insert.Piece!);
                }
                page.Add(insert.Lines);
            }
        }
        var foot = SealedFoot.Plan(r, pools, article.Title, body);
        if (foot.Count == 0 && noise.Count == 0 && expected.All(b => b.Kind == BlockKind.Paragraph))
        {
            // A dressed article carries at least one piece of chrome.
            foot.Add(r.Pick(SealedFootChrome.Footer, SealedSocialChrome.Share, SealedFootChrome.Counter)(r));
        }
        foot.ForEach(Put);
        var raw = article with { Text = page.Render(r) };
        return new DressedArticle(raw, key, expected, noise, headline ? article.Title : null, false);
    }
}

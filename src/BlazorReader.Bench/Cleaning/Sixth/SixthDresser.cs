using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Sixth;

// The sixth catalogue, written apart from the cleaner and from the five before it: pages of
// Maghreb, Iraqi, Lebanese, Gulf and Egyptian sites, wire copy, WordPress themes, Telegram
// forwards, read-later and print copies, app shares and social page posts. One article in
// five is left as it was.
public sealed class SixthDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var paragraphs = TextReferee.Lines(article.Text);
        if (r.Chance(0.2) || paragraphs.Count == 0)
        {
            return new DressedArticle(article, key, [.. paragraphs.Select(p => new ExpectedBlock(BlockKind.Paragraph, p))], [], null, Undressed: true);
        }
        var site = SixthSite.Draw(r);
        var title = article.Title is { Length: > 0 } t ? TextReferee.Normalize(t) : null;
        var page = new SixthPage(paragraphs);
        var headline = SixthPlan.Fill(page, r, site, title, new SixthOthers(pools, article), paragraphs, SixthDates.Of(r, article.PublishedAt));
        if (page.PieceCount == 0)
        {
            page.Bottom(SixthChrome.Share(r, site));
        }
        var (text, body, noise) = page.Write(r);
        // A copy that carries its headline in the text often comes without a title field.
        var dropTitle = headline && r.Chance(site.Family is SixthFamily.ReadLater or SixthFamily.Telegram or SixthFamily.SocialPage or SixthFamily.Print ? 0.7 : 0.4);
        var raw = article with { Text = text, Title = dropTitle ? null : article.Title };
        return new DressedArticle(raw, key, body, noise, headline ? title : null, Undressed: false);
    }
}

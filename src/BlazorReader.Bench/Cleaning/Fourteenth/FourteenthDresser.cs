using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// The fourteenth catalogue, written apart from the cleaner and the thirteen before it. Its
// copy paths: text extractors' residue, partner syndication and discovery cards, papers'
// e-mail digests, TV and radio pages, notes-app Markdown exports, the Arabic services of
// Turkish, Iranian, Chinese, Russian and Israeli media, outlets of Chad and the Sahel,
// Eritrea, the Comoros, Syria's north and the Kurdistan region, and institutions' own news
// pages; with side tables, embedded posts and their buttons, and the story's own lines that
// look like furniture. One article in five is left as it was.
public sealed class FourteenthDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(r);
        if (r.Chance(0.2))
        {
            var body = TextReferee.Lines(article.Text).Select(l => new ExpectedBlock(BlockKind.Paragraph, l)).ToList();
            return new DressedArticle(article, key, body, [], TextReferee.Normalize(article.Title ?? ""), Undressed: true);
        }
        var page = new PageDraft(article, pools, r);
        StoryLookalikes.Add(page);
        var path = r.Next(100);
        Action<PageDraft> dress = path switch
        {
            < 14 => ExtractorResidue.Dress,
            < 27 => SyndicationCopy.Dress,
            < 38 => NewsletterDigest.Dress,
            < 50 => BroadcastPage.Dress,
            < 60 => NoteExport.Dress,
            < 73 => WorldServiceCopy.Dress,
            < 87 => RegionalOutletCopy.Dress,
            _ => InstitutionPage.Fits(page) ? InstitutionPage.Dress : RegionalOutletCopy.Dress,
        };
        dress(page);
        // Any scraped page may keep an extractor's slots; a mail or a note has none.
        if (path is >= 14 and < 27 or >= 38 and < 50 or >= 60 && r.Chance(0.2))
        {
            ExtractorResidue.Dress(page);
        }
        // A side widget is part of a web page, never of a mail or a note.
        if (path is < 27 or >= 38 and < 50 or >= 60 && r.Chance(0.1))
        {
            if (r.Chance(0.6))
            {
                page.Foot(SideTables.Table(r));
            }
            else
            {
                page.Between(SideTables.Table(r));
            }
        }
        EmbedPosts(page);
        if (!page.HasNoise)
        {
            page.Between(PageRun.Chrome(NoiseKind.Caption, r.Pick("إعلان", "Advertisement", "- إعلان -")));
        }
        return PageWriter.Write(page, key);
    }

    private static void EmbedPosts(PageDraft page)
    {
        var r = page.R;
        if (r.Chance(0.2))
        {
            for (var i = r.Chance(0.2) ? 2 : 1; i > 0; i--)
            {
                if (EmbeddedPost.Draw(page) is { } post)
                {
                    page.Between(post);
                }
            }
        }
        if (r.Chance(0.05))
        {
            page.Between(PostChrome.Stub(r));
        }
    }
}

using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Fifteenth;

// The fifteenth catalogue, written apart from the cleaner and the fourteen others, by copy
// path: text-mode browser dumps, HTML-to-Markdown conversions, diaspora papers' pages, gazettes
// and exchange disclosures, chat exports, short-video descriptions, reading-aid boxes, posts
// copied through third-party front ends, and the listings portals set beside the news. About
// two articles in five also carry lines of their own that look like chrome and are body.
public sealed class FifteenthDresser(DressingPools pools) : IArticleDresser
{
    private enum CopyPath
    {
        TextMode,
        Markdown,
        Diaspora,
        Official,
        Chat,
        Video,
        ReadingAids,
        Posts,
        Listings,
    }

    private static readonly CopyPath[] Extras = [CopyPath.ReadingAids, CopyPath.Listings, CopyPath.Posts];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(r);
        var page = new PageDraft(article);
        if (r.Chance(0.2) || page.BodyCount == 0)
        {
            return new DressedArticle(article, key, page.Expected, [], article.Title, Undressed: true);
        }
        var subject = new StorySubject(article.Title ?? "", article.Text);
        var others = new OtherStories(pools, article);
        StoryOwnLines.Add(page, r, subject);
        var path = Choose(r, subject);
        Dress(path, page, r, subject, others);
        // A site's page may also carry a reading aid, listings or a post; a chat, a video's
        // description or a community paper abroad keeps to its own furniture.
        var site = path is not (CopyPath.Chat or CopyPath.Video or CopyPath.Diaspora);
        if (site && r.Chance(0.3))
        {
            IReadOnlyList<CopyPath> extras = [.. Extras.Where(p => p != path)];
            Dress(r.Pick(extras), page, r, subject, others);
        }
        else if (path is not (CopyPath.Posts or CopyPath.Chat or CopyPath.Video) && r.Chance(0.22))
        {
            TweetCopies.Dress(page, r, pools);
        }
        AddCommon(path, page, r, others);
        var tight = path is CopyPath.TextMode or CopyPath.Chat || r.Chance(0.2);
        var text = page.Write(r, tight, r.Pick(0.0, 0.2, 0.4));
        text = r.Chance(0.15) ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
        text = r.Chance(0.06) ? "\uFEFF" + text : text;
        var titleInText = page.Noise.Any(p => p.Kind == NoiseKind.Headline);
        var raw = article with { Text = text, Title = titleInText && r.Chance(0.3) ? null : article.Title };
        return new DressedArticle(raw, key, page.Expected, page.Noise, article.Title, Undressed: false);
    }

    // The copy path the article came by; the official one only for decrees and disclosures.
    private static CopyPath Choose(DressingRandom r, StorySubject subject)
    {
        if ((subject.Decree || subject.Earnings) && r.Chance(0.3))
        {
            return CopyPath.Official;
        }
        return r.Pick(CopyPath.TextMode, CopyPath.Markdown, CopyPath.Diaspora, CopyPath.Chat, CopyPath.Video, CopyPath.ReadingAids, CopyPath.Posts, CopyPath.Listings);
    }

    private void Dress(CopyPath path, PageDraft page, DressingRandom r, StorySubject subject, OtherStories others)
    {
        switch (path)
        {
            case CopyPath.TextMode: TextModeDump.Dress(page, r, others); break;
            case CopyPath.Markdown: MarkdownCopy.Dress(page, r, others); break;
            case CopyPath.Diaspora: DiasporaPage.Dress(page, r, others, subject); break;
            case CopyPath.Official: OfficialText.Dress(page, r, subject); break;
            case CopyPath.Chat: ChatExport.Dress(page, r, subject); break;
            case CopyPath.Video: VideoDescription.Dress(page, r, subject); break;
            case CopyPath.ReadingAids: SummaryBox.Dress(page, r); break;
            case CopyPath.Posts: TweetCopies.Dress(page, r, pools); break;
            default: SideListings.Dress(page, r, subject); break;
        }
    }

    // The pieces any page carries, less often on paths whose pages rarely have them (a chat
    // has no teaser block, a video description no dateline).
    private static void AddCommon(CopyPath path, PageDraft page, DressingRandom r, OtherStories others)
    {
        var site = path is not (CopyPath.Chat or CopyPath.Video);
        if (site && r.Chance(0.3) && !page.Noise.Any(p => p.Kind == NoiseKind.Dateline))
        {
            CommonPieces.Dateline(page, r);
        }
        if (r.Chance(0.15))
        {
            CommonPieces.Repeat(page, r);
        }
        if (site && r.Chance(0.2) && !page.Noise.Any(p => p.Kind == NoiseKind.Credit))
        {
            CommonPieces.Credit(page, r);
        }
        if (site && r.Chance(0.3) && !page.Noise.Any(p => p.Kind == NoiseKind.Teaser) || page.Noise.Count == 0)
        {
            CommonPieces.Teasers(page, r, others);
        }
        if (site && r.Chance(0.1))
        {
            CommonPieces.Signature(page, r);
        }
        if (page.Noise.Count == 0)
        {
            CommonPieces.Dateline(page, r);
        }
    }
}

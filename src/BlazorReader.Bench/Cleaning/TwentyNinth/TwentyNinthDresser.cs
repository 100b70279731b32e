using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyNinth;

// The twenty-ninth catalogue, written apart from the cleaner and every other catalogue: the
// story as read through pharmacy, veterinary and identity apps, readers' tip lines, e-mail
// clients, kanban boards, help desks, e-signature envelopes, issue trackers, photo-sharing
// sites' EXIF panels and prize-draw pages, with common chrome in new wordings, posts
// flattened in new orders, and furniture-like lines of the story's own kept as body.
public sealed class TwentyNinthDresser(DressingPools pools) : IArticleDresser
{
    private static readonly AppFrame[] Frames =
    [
        HealthAndServiceFrames.Pharmacy, HealthAndServiceFrames.Veterinary, HealthAndServiceFrames.IdentityApp, HealthAndServiceFrames.TipLine,
        OfficeFrames.MailClient, OfficeFrames.Kanban, OfficeFrames.HelpDesk, OfficeFrames.ESignature, OfficeFrames.IssueTracker,
        PictureAndDrawFrames.PhotoSharing, PictureAndDrawFrames.PrizeDraw,
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var paragraphs = TextReferee.Lines(article.Text);
        if (r.Chance(0.2) || paragraphs.Count == 0)
        {
            return new DressedArticle(article, key, [.. paragraphs.Select(t => new ExpectedBlock(BlockKind.Paragraph, t))], [], article.Title, true);
        }
        var page = new Page(r, pools, article);
        var frame = r.Pick(Frames);
        Head(page, frame);
        Story(page, frame, paragraphs);
        Tail(page, frame, paragraphs);
        return new DressedArticle(article with { Text = page.Text() }, key, page.Body, page.Noise, article.Title, false);
    }

    // The app's own bar first or after the headline, then the paper's head: headline, byline.
    private static void Head(Page p, AppFrame frame)
    {
        var appFirst = p.R.Chance(0.5);
        if (appFirst)
        {
            frame.Head(p);
        }
        if (p.R.Chance(0.6))
        {
            StoryChrome.Headline(p);
        }
        if (!appFirst)
        {
            frame.Head(p);
        }
        if (p.R.Chance(0.45))
        {
            StoryChrome.Byline(p);
        }
        if (p.R.Chance(0.15))
        {
            StoryChrome.Counter(p);
        }
    }

    private static void Story(Page p, AppFrame frame, List<string> paragraphs)
    {
        var dateline = p.R.Chance(0.5) ? StoryChrome.Dateline(p, p.R.Chance(0.7)) : null;
        var lookAlikes = p.R.Chance(0.6) ? p.R.Between(1, 2) : 0;
        var insideAt = p.R.Between(1, Math.Max(1, paragraphs.Count - 1));
        var postAt = p.R.Chance(0.35) ? p.R.Between(1, paragraphs.Count) : -1;
        var photoAt = p.R.Chance(0.35) ? p.R.Between(0, paragraphs.Count - 1) : -1;
        var readAlsoAt = p.R.Chance(0.3) ? p.R.Between(1, paragraphs.Count) : -1;
        var repeatAt = p.R.Chance(0.12) ? p.R.Between(0, paragraphs.Count - 1) : -1;
        var moreLink = p.R.Chance(0.3) ? StoryChrome.MoreLink(p, p.R.Chance(0.5)) : null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i == 0 && dateline is { Glued: false })
            {
                p.Add(dateline);
            }
            var last = i == paragraphs.Count - 1;
            p.Paragraph(paragraphs[i],
                before: i == 0 && dateline is { Glued: true } ? dateline : null, beforeJoin: p.R.Pick(" ", " ", ""),
                after: last && moreLink is { Glued: true } ? moreLink : null, afterJoin: p.R.Pick(" ", " ... ", " ← "));
            if (i == repeatAt)
            {
                StoryChrome.Repeat(p, paragraphs[i]);
            }
            if (i == photoAt)
            {
                StoryChrome.PhotoLines(p);
            }
            if (i + 1 == insideAt)
            {
                frame.Inside(p);
            }
            if (i + 1 == readAlsoAt && !last)
            {
                StoryChrome.ReadAlso(p);
            }
            if (i + 1 == postAt)
            {
                FlatPosts.Write(p);
            }
            if (lookAlikes > 0 && !last && p.R.Chance(0.5))
            {
                lookAlikes -= p.LookAlike([.. frame.LookAlikes(p), .. StoryLookAlikes.Common(p)]) ? 1 : 0;
            }
        }
        if (moreLink is { Glued: false })
        {
            p.Add(moreLink);
        }
    }

    // Below the story: the paper's own foot, the app's furniture and the site's footer, in
    // one of a few orders, with teasers before or after the footer.
    private static void Tail(Page p, AppFrame frame, List<string> paragraphs)
    {
        List<Action> parts = [];
        if (p.R.Chance(0.15))
        {
            parts.Add(() => StoryChrome.SourceCredit(p));
        }
        if (p.R.Chance(0.3))
        {
            parts.Add(() => StoryChrome.Signature(p));
        }
        if (p.R.Chance(0.4))
        {
            parts.Add(() => StoryChrome.Tags(p));
        }
        if (p.R.Chance(0.35))
        {
            parts.Add(() => StoryChrome.Share(p));
        }
        if (p.R.Chance(0.25))
        {
            parts.Add(() => StoryChrome.Counter(p));
        }
        if (p.R.Chance(0.08))
        {
            parts.Add(() => StoryChrome.Repeat(p, paragraphs[0]));
        }
        foreach (var part in parts)
        {
            part();
        }
        var teasersFirst = p.R.Chance(0.4);
        var teasers = p.R.Chance(0.5);
        if (teasers && teasersFirst)
        {
            StoryChrome.TeaserBlock(p);
        }
        frame.Tail(p);
        if (p.R.Chance(0.45))
        {
            StoryChrome.Footer(p);
        }
        if (teasers && !teasersFirst)
        {
            StoryChrome.TeaserBlock(p);
        }
    }
}

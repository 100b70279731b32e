using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Twelfth;

// The twelfth catalogue, written apart from the cleaner and from the eleven before it. Its
// pages come from foreign broadcasters' Arabic services, pan-Arab papers printed abroad, papers
// of Sudan, Syria, Yemen, Kuwait, the Emirates, Libya, Mauritania, Somalia and Djibouti, and
// sites that are no papers (embassies, federations, exchanges, courts); its copies went through
// word processors, web clippers and e-paper viewers. One article in five is left as it was;
// of the rest, some carry one piece of noise and some a whole page of it.
public sealed class TwelfthDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var own = TextReferee.Lines(article.Text);
        if (r.Chance(0.2) || own.Count == 0)
        {
            var title = article.Title is null ? null : TextReferee.Normalize(article.Title);
            return new DressedArticle(article, key, [.. own.Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], title, true);
        }
        var story = new Story(article, own, pools, r, r.Pick(Outlets.All));
        var sheet = new Sheet(own, r);
        if (r.Chance(0.2))
        {
            OnePiece(sheet, story);
        }
        else
        {
            var path = r.Next(10);
            Action<Sheet, Story> dress = path switch
            {
                < 5 => CopyPaths.SitePage,
                < 7 => CopyPaths.WordCopy,
                < 9 => CopyPaths.Clipping,
                _ => CopyPaths.EPaper,
            };
            dress(sheet, story);
            Posts(sheet, story);
        }
        if (sheet.Pieces == 0)
        {
            sheet.Tail(Chrome.Footer(story));
        }
        return sheet.Write(article, key, RawTitle(story, article.Title));
    }

    // Tweets and other networks' posts beside the story, in about a third of the dressed pages.
    private static void Posts(Sheet sheet, Story s)
    {
        var r = s.R;
        var tweets = r.Chance(0.3) ? r.Between(1, 3) : 0;
        for (var i = 0; i < tweets; i++)
        {
            if (Tweets.Draft(s) is { } t)
            {
                var at = r.Chance(0.85) ? sheet.Spot() : sheet.Count;
                sheet.Block(at, t.Block, t.Lines, r.Chance(0.15) ? Masthead.P(NoiseKind.Share, r.Pick("View on X", "عرض على X", "Voir sur X", "Show more", "عرض المزيد")) : null);
            }
        }
        if (r.Chance(0.15))
        {
            Embeds.Place(sheet, s);
        }
    }

    // The lightest dressing: a single piece, wherever that kind sits.
    private static void OnePiece(Sheet sheet, Story s)
    {
        var r = s.R;
        switch (r.Next(16))
        {
            case 0: sheet.Head(Masthead.Headline(s)); break;
            case 1: sheet.Head(Masthead.Byline(s)); break;
            case 2: sheet.GlueLead(Masthead.Dateline(s, glued: true)); break;
            case 3: sheet.Head(Masthead.Dateline(s, glued: false)); break;
            case 4: sheet.Inside(Lists.Caption(s)); break;
            case 5: sheet.Inside(Lists.ReadAlso(s)); break;
            case 6: sheet.Tail(Lists.Teasers(s)); break;
            case 7: sheet.Tail(Masthead.Credit(s)); break;
            case 8: sheet.GlueEnd(Lists.MoreLink(s, glued: true)); break;
            case 9: sheet.Tail(Chrome.Footer(s)); break;
            case 10: sheet.Tail(Masthead.Counter(s)); break;
            case 11: sheet.Inside(Boxes.Summary(s), 1); break;
            case 12: sheet.Tail(Lists.Tags(s)); break;
            case 13: sheet.Inside(Documents.Comment(s)); break;
            case 14: sheet.Head(Chrome.Consent(s)); break;
            default: sheet.Tail(Chrome.Share(s)); break;
        }
        if (sheet.Pieces == 0)
        {
            sheet.Tail(Lists.Tags(s));
        }
    }

    // The title as the scraper kept it: often with the outlet's name after it, the way the
    // browser tab shows it. The expected title is the story's own.
    private static string? RawTitle(Story s, string? title)
    {
        var r = s.R;
        return title is null || !r.Chance(0.25) ? title : r.Chance(0.8)
            ? title + r.Pick(" | ", " - ", " – ", " :: ", " — ") + s.Outlet.Name
            : s.Outlet.Name + r.Pick(" | ", " - ", ": ") + title;
    }
}

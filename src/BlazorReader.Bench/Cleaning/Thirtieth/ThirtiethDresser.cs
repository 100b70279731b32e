using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Thirtieth;

// The thirtieth catalogue, written apart from the cleaner and every other catalogue: stories
// reached through apps and files that carry them beside their own trade (claims portals,
// parents' apps, prayer-times and charging apps, flight and ship trackers, spreadsheet, slide
// and subtitle exports, hosting file managers, crypto feeds, forum moderation queues), with the
// paper's own chrome in new wordings, posts flattened in new orders and story lines that look
// like chrome kept as body.
public sealed class ThirtiethDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var own = TextReferee.Lines(article.Text);
        if (r.Chance(0.2))
        {
            return new DressedArticle(article, key, [.. own.Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], article.Title, true);
        }
        var f = new StoryFacts(article, r, pools);
        var page = new Page(r);
        var frame = Frame.Pick(r);
        frame.Head(page, f);
        var rawTitle = Head(page, f, article.Title);
        var dateline = r.Chance(0.45) ? HeadChrome.Dateline(f) : null;
        var glueDateline = dateline is not null && r.Chance(0.7);
        if (dateline is not null && !glueDateline)
        {
            page.Chrome(NoiseKind.Dateline, dateline);
        }
        if (r.Chance(0.07))
        {
            Credit(page, f);
        }
        var steps = StoryPlan.Steps(f, own, TextReferee.Normalize(article.Text), frame);
        var last = steps.FindLastIndex(s => s.Text is not null);
        var glueMore = r.Chance(0.18);
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Text is not { } text)
            {
                steps[i].Act!(page);
                continue;
            }
            string? written = null;
            if (i == steps.FindIndex(s => s.Text is not null) && glueDateline)
            {
                written = dateline + text;
                page.Glued(NoiseKind.Dateline, dateline!);
            }
            if (i == last && glueMore)
            {
                var more = TailChrome.MoreLink(f, glued: true);
                written = (written ?? text) + r.Pick(" ", " ", "  ", "") + more;
                page.Glued(NoiseKind.MoreLink, more);
            }
            frame.Paragraph(page, f, text, written);
        }
        Tail(page, f, frame, own, glueMore);
        var raw = article with { Text = page.Text(), Title = rawTitle };
        return new DressedArticle(raw, key, page.Body, page.HonestNoise(), article.Title, false);
    }

    // Headline, byline and counter over the story in any order; the title the scraper kept
    // is sometimes the browser tab's, the paper's name with it.
    private static string? Head(Page page, StoryFacts f, string? title)
    {
        var r = f.R;
        var parts = new List<Action>();
        if (f.Title is { } t && !page.Has(NoiseKind.Headline) && r.Chance(0.45))
        {
            parts.Add(() => page.Chrome(NoiseKind.Headline, HeadChrome.Headline(f, t)));
        }
        if (r.Chance(0.45))
        {
            parts.Add(() => page.Chrome(NoiseKind.Byline, HeadChrome.Byline(f)));
        }
        if (r.Chance(0.3))
        {
            parts.Add(() => page.Chrome(NoiseKind.Counter, HeadChrome.Counter(f)));
        }
        foreach (var part in parts.OrderBy(_ => r.Next(99)))
        {
            part();
        }
        return f.Title is { } own && r.Chance(0.2) ? HeadChrome.Headline(f, own) : title;
    }

    private static void Credit(Page page, StoryFacts f)
    {
        var (line, source) = TailChrome.Credit(f);
        page.Chrome(NoiseKind.Credit, source, [], line);
    }

    // The foot: lines close to the story first (a more-link, the credit, a signature), then the
    // page's lists and buttons in any order, the frame's tail and the footer, teasers after.
    private static void Tail(Page page, StoryFacts f, Frame frame, List<string> own, bool moreGlued)
    {
        var r = f.R;
        var near = new List<Action>();
        if (!moreGlued && r.Chance(0.2))
        {
            near.Add(() => page.Chrome(NoiseKind.MoreLink, TailChrome.MoreLink(f, glued: false)));
        }
        if (r.Chance(0.3))
        {
            near.Add(() => Credit(page, f));
        }
        if (r.Chance(0.25))
        {
            near.Add(() => page.Chrome(NoiseKind.Signature, TailChrome.Signature(f)));
        }
        var lists = new List<Action>();
        if (r.Chance(0.3))
        {
            lists.Add(() => page.Chrome(NoiseKind.Tags, TailChrome.Tags(f)));
        }
        if (r.Chance(0.4))
        {
            lists.Add(() => page.Chrome(NoiseKind.Share, TailChrome.Share(f)));
        }
        if (r.Chance(0.22))
        {
            lists.Add(() => StoryLists.ReadAlsoBlock(page, f));
        }
        if (r.Chance(0.35))
        {
            lists.Add(() => StoryLists.Teasers(page, f));
        }
        if (r.Chance(0.05))
        {
            lists.Add(() => page.Chrome(NoiseKind.Repeat, own[0]));
        }
        var foot = new List<Action> { () => frame.Tail(page, f) };
        if (r.Chance(0.45))
        {
            foot.Add(() => page.Chrome(NoiseKind.Footer, TailChrome.Footer(f)));
        }
        foreach (var part in near.OrderBy(_ => r.Next(99)).Concat(lists.OrderBy(_ => r.Next(99))).Concat(foot.OrderBy(_ => r.Next(99))))
        {
            part();
        }
        if (r.Chance(0.2))
        {
            StoryLists.Teasers(page, f);
        }
    }
}

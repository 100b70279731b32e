using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// The twenty-eighth catalogue, written apart from the cleaner and every other catalogue: the
// story copied out of apps and screens none drew on (music streaming, food delivery, cinema
// tickets, cloud drives, QR scanners, calendar invites, recall bulletins, reader surveys,
// car-maker and smart-home apps, parking and fines apps), with common chrome in new wordings
// and positions, posts flattened in new orders, and look-alike lines the story keeps as body.
public sealed class TwentyEighthDresser(DressingPools pools) : IArticleDresser
{
    private static readonly Family[] Families =
    [
        AppTabs.Music, AppTabs.Delivery, AppTabs.Cinema, FilePages.Drive, FilePages.Scanner, FilePages.Invite,
        Notices.Recall, Notices.Survey, Notices.Garage, Notices.Fines,
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        if (r.Chance(0.2))
        {
            return new DressedArticle(article, key, [.. TextReferee.Lines(article.Text).Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], article.Title, true);
        }
        var story = new Story(article, pools, r);
        var page = new Page(r);
        // Most copies keep the title in the page's metadata; the rest carry it only as a line.
        var titleKept = r.Chance(0.6);
        var family = r.Chance(0.85) ? r.Pick(Families) : null;
        var headline = story.Title.Length > 0 && !story.Lines.Contains(story.Title) && (!titleKept || r.Chance(0.4));
        if (headline && r.Chance(0.5))
        {
            HeadChrome.Headline(page, story);
            headline = false;
        }
        family?.Head(page, story);
        if (headline)
        {
            HeadChrome.Headline(page, story);
        }
        if (r.Chance(0.45))
        {
            HeadChrome.Byline(page);
        }
        Story(page, story);
        Tail(page, story, family);
        var raw = article with { Text = page.Text(), Title = titleKept ? article.Title : null };
        var expectedTitle = titleKept || page.Noise.Any(n => n.Kind == NoiseKind.Headline) ? article.Title : null;
        return new DressedArticle(raw, key, page.Body, page.Noise, expectedTitle, false);
    }

    // The story's own lines in order, with pictures, read-also lines, posts, repeats and
    // look-alike lines between them.
    private static void Story(Page page, Story story)
    {
        var r = page.R;
        var lines = story.Lines;
        var lookalikes = r.Chance(0.5) ? r.Between(1, 3) : 0;
        var post = r.Chance(0.3) ? r.Between(1, Math.Max(1, lines.Count - 1)) : -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var last = i == lines.Count - 1;
            if (i == 0)
            {
                HeadChrome.Lead(page, story, lines[0]);
            }
            else if (last && lines.Count > 1 && r.Chance(0.2))
            {
                page.Glued(lines[i], null, r.Pick(" ", " … ", "... ", " | ") + TailChrome.MoreLinkText(r), NoiseKind.MoreLink);
            }
            else
            {
                page.Paragraph(lines[i]);
            }
            if (i == 0 && r.Chance(0.2))
            {
                InsideChrome.Caption(page, story);
            }
            if (last)
            {
                break;
            }
            if (i == post)
            {
                if (r.Chance(0.2))
                {
                    Posts.Quote(page, story);
                }
                else
                {
                    Posts.Write(page, story);
                }
            }
            else if (r.Chance(0.06))
            {
                InsideChrome.Caption(page, story);
            }
            else if (r.Chance(0.07))
            {
                TailChrome.ReadAlso(page, story);
            }
            else if (r.Chance(0.05))
            {
                InsideChrome.Repeat(page, lines[i]);
            }
            if (lookalikes > 0 && r.Chance(0.35))
            {
                var written = Lookalikes.Next(r, story).Where(l => !story.Lines.Contains(TextReferee.Normalize(l))).Count(page.Lookalike);
                lookalikes -= written > 0 ? 1 : 0;
            }
        }
    }

    // Under the story: the family's own rows, then the common chrome in a shuffled order.
    private static void Tail(Page page, Story story, Family? family)
    {
        var r = page.R;
        if (r.Chance(0.08) && Lookalikes.Closing(r) is var closing && !story.Lines.Contains(closing))
        {
            page.Lookalike(closing);
        }
        // The source credit and the writer's sign-off sit right under the story's end.
        if (r.Chance(0.3))
        {
            TailChrome.Credit(page, story);
        }
        if (r.Chance(0.15))
        {
            TailChrome.Signature(page);
        }
        List<Action> parts =
        [
            () => { if (r.Chance(0.25)) { TailChrome.Tags(page); } },
            () => { if (r.Chance(0.2)) { TailChrome.Share(page); } },
            () => { if (r.Chance(0.3)) { TailChrome.Teasers(page, story); } },
            () => { if (r.Chance(0.15)) { TailChrome.Counter(page); } },
            () => { if (r.Chance(0.1)) { TailChrome.MoreLink(page); } },
            () => { if (r.Chance(0.05)) { TailChrome.ReadAlso(page, story); } },
        ];
        foreach (var part in parts.OrderBy(_ => r.Next(1000)))
        {
            part();
        }
        if (family is not null)
        {
            family.Tail(page, story);
        }
        if (r.Chance(0.35) || page.Noise.Count == 0)
        {
            TailChrome.Footer(page, story);
        }
    }
}

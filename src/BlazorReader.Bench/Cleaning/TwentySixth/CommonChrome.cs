namespace BlazorReader.Bench.Cleaning.TwentySixth;

// The shared chrome laid over whichever family dressed the page, each piece by its own chance
// so that pages differ in what they carry and where: the head above the story, captions, posts
// and read-also lines between paragraphs, and the tail in no fixed order.
internal static class CommonChrome
{
    public static void Add(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            p.Top(StoryChrome.Headline(p));
        }
        if (r.Chance(0.4))
        {
            p.Head(StoryChrome.Byline(r));
        }
        if (r.Chance(0.08))
        {
            StoryChrome.GlueByline(p);
        }
        if (r.Chance(0.25))
        {
            StoryChrome.GlueDateline(p);
        }
        else if (r.Chance(0.35))
        {
            p.Head(StoryChrome.Dateline(p));
        }
        if (r.Chance(0.35))
        {
            p.After(r.Chance(0.5) ? 0 : r.Next(p.Paragraphs.Count), StoryChrome.Caption(r));
        }
        for (var i = r.Chance(0.35) ? r.Between(1, 2) : 0; i > 0; i--)
        {
            p.Inside(FlatPosts.Post(p));
        }
        for (var i = r.Chance(0.5) ? r.Between(1, 2) : 0; i > 0; i--)
        {
            p.Inside(Chunk.Own(StoryOwnLines.Any(r)));
        }
        if (r.Chance(0.3))
        {
            p.Inside(StoryChrome.ReadAlso(p));
        }
        if (r.Chance(0.12))
        {
            StoryChrome.Repeat(p);
        }
        var tail = new List<Chunk>();
        Maybe(r, 0.3, () => tail.Add(StoryChrome.Credit(r)));
        // A glued credit comes before a glued more-link: the agency's name closes the copy, the
        // site's link follows it.
        Maybe(r, 0.1, () => StoryChrome.GlueCredit(p));
        Maybe(r, 0.3, () => StoryChrome.MoreLink(p));
        Maybe(r, 0.3, () => tail.Add(StoryChrome.Counter(r)));
        Maybe(r, 0.3, () => tail.Add(StoryChrome.Tags(r)));
        Maybe(r, 0.2, () => tail.Add(StoryChrome.Signature(r)));
        Maybe(r, 0.2, () => tail.Add(StoryChrome.ReadAlso(p)));
        Maybe(r, 0.35, () => tail.AddRange(Teasers.Block(p) is { } block ? [block] : []));
        // The footer usually closes the page, but teasers and counters are often scraped after it.
        var footerAt = r.Chance(0.6) ? tail.Count : r.Next(tail.Count + 1);
        if (r.Chance(0.5))
        {
            tail.Insert(footerAt, StoryChrome.Footer(r));
        }
        tail.ForEach(p.Tail);
    }

    private static void Maybe(DressingRandom r, double chance, Action add)
    {
        if (r.Chance(chance))
        {
            add();
        }
    }
}

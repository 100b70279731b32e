using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentySeventh;

// The twenty-seventh catalogue, written without reading the cleaner or any other catalogue:
// stories copied through household, hobby and progress apps (air quality, chess, recipes,
// genealogy, utility bills, customs, ride receipts, hospital queues, job boards, admissions,
// volunteering, courses and lending), with the common chrome in new wordings and positions,
// posts flattened in new orders, and look-alike lines the story itself carries.
public sealed class TwentySeventhDresser(DressingPools pools) : IArticleDresser
{
    private static readonly PageFamily[] Families = [.. LeisureFamilies.All, .. ServiceFamilies.All, .. CareerFamilies.All];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var own = TextReferee.Lines(article.Text);
        if (r.Chance(0.2) || own.Count == 0)
        {
            return new DressedArticle(article, key, [.. own.Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], article.Title, Undressed: true);
        }
        var family = r.Pick(Families);
        var facts = new StoryFacts(article.Title, article.Text);
        var page = new PageWriter(r);
        // A poem or a column may carry its title as one of its own lines: then a headline above
        // it would be that line again, and no reader could say which of the two is chrome.
        var headline = article.Title is { Length: > 0 } title && !own.Contains(TextReferee.Normalize(title)) && r.Chance(0.4) ? StoryChrome.Headline(title, r) : null;
        // Each of the app's widgets is drawn at most once a page, as a real page shows it once.
        var widgets = new Queue<Func<DressingRandom, NoisePiece>>(family.Tail.OrderBy(_ => r.Next(1000)));
        var glued = r.Chance(0.3) ? StoryChrome.GluedDateline(r) : null;
        WriteHead(page, family, headline, glued is null, r);
        WriteStory(page, family, widgets, own, facts, article.Title, glued, r);
        WriteTail(page, widgets, facts, r);
        var rawTitle = headline is not null && r.Chance(0.3) ? null : article.Title;
        return new DressedArticle(article with { Text = page.Text(), Title = rawTitle }, key, page.Body, page.Noise, article.Title, Undressed: false);
    }

    // The app's own bar comes first or after the headline; a byline may stand alone above the lead.
    private static void WriteHead(PageWriter page, PageFamily family, NoisePiece? headline, bool datelineFree, DressingRandom r)
    {
        var head = new List<NoisePiece> { r.Pick(family.Head)(r) };
        if (headline is not null)
        {
            head.Insert(r.Next(2) == 0 ? 0 : head.Count, headline);
        }
        if (r.Chance(0.45))
        {
            head.Add(StoryChrome.Byline(r));
        }
        if (datelineFree && r.Chance(0.3))
        {
            head.Insert(r.Between(0, head.Count), StoryChrome.Dateline(r));
        }
        head.ForEach(page.Chrome);
    }

    private void WriteStory(PageWriter page, PageFamily family, Queue<Func<DressingRandom, NoisePiece>> widgets, List<string> own, StoryFacts facts, string? title, NoisePiece? glued, DressingRandom r)
    {
        var extras = Inserts(family, widgets, own, facts, title, r);
        var closing = r.Chance(0.08) ? LookAlikeLines.Closing(r) : null;
        closing = closing is not null && own.Contains(closing) ? null : closing;
        var moreGlued = closing is null && r.Chance(0.15);
        for (var i = 0; i < own.Count; i++)
        {
            if (i == 0 && glued is not null)
            {
                page.StoryAfterGlue(glued, own[i]);
            }
            else if (i == own.Count - 1 && moreGlued)
            {
                page.StoryBeforeGlue(own[i], TailChrome.MoreLink(r, glued: true));
            }
            else
            {
                page.Story(own[i]);
            }
            foreach (var insert in extras.Where(e => e.After == i))
            {
                insert.Write(page);
            }
        }
        if (closing is not null)
        {
            page.Story(closing);
        }
    }

    private sealed record Insert(int After, Action<PageWriter> Write);

    // What goes between the story's paragraphs: a caption with its credit, a post, a read-also
    // line, a repeated paragraph, and the look-alike lines that are the story's own.
    private List<Insert> Inserts(PageFamily family, Queue<Func<DressingRandom, NoisePiece>> widgets, List<string> own, StoryFacts facts, string? title, DressingRandom r)
    {
        var inserts = new List<Insert>();
        int Somewhere() => r.Between(0, Math.Max(0, own.Count - 2));
        if (r.Chance(0.3))
        {
            var caption = StoryChrome.Caption(r, r.Chance(0.3) ? title : null);
            var credit = r.Chance(0.5) ? StoryChrome.PhotoCredit(r) : null;
            inserts.Add(new(0, p => { p.Chrome(caption); if (credit is not null) { p.Chrome(credit); } }));
        }
        if (r.Chance(0.35))
        {
            var card = PostCards.Draw(pools, facts, r);
            inserts.Add(new(Somewhere(), p => p.Post(card)));
        }
        if (r.Chance(0.15) && TailChrome.ReadAlso(pools, r, facts) is { } readAlso)
        {
            inserts.Add(new(Somewhere(), p => p.Chrome(readAlso)));
        }
        if (r.Chance(0.2) && widgets.Count > 1)
        {
            // The app's widget sits between paragraphs on a narrow screen.
            var widget = widgets.Dequeue()(r);
            inserts.Add(new(Somewhere(), p => p.Chrome(widget)));
        }
        var longLines = own.Select((l, i) => (l, i)).Where(x => x.l.Length >= 40).ToList();
        if (r.Chance(0.1) && longLines.Count > 0)
        {
            var (line, at) = longLines[r.Next(longLines.Count)];
            inserts.Add(new(r.Between(at, own.Count - 1), p => p.Chrome(new NoisePiece(NoiseKind.Repeat, [line]))));
        }
        var seen = own.ToHashSet(StringComparer.Ordinal);
        var makers = family.LookAlikes.Concat(LookAlikeLines.Common).OrderBy(_ => r.Next(1000)).Take(r.Pick(0, 1, 1, 2));
        foreach (var make in makers)
        {
            var line = make(r);
            if (seen.Add(TextReferee.Normalize(line)))
            {
                inserts.Add(new(Somewhere(), p => p.Story(line)));
            }
        }
        return inserts;
    }

    // Below the story the pieces come in a page's own order; teasers before or after the footer.
    private void WriteTail(PageWriter page, Queue<Func<DressingRandom, NoisePiece>> widgets, StoryFacts facts, DressingRandom r)
    {
        var tail = new List<NoisePiece> { widgets.Dequeue()(r) };
        void Maybe(double p, Func<NoisePiece?> make)
        {
            if (r.Chance(p) && make() is { } piece)
            {
                tail.Insert(r.Between(0, tail.Count), piece);
            }
        }
        Maybe(0.25, () => StoryChrome.SourceCredit(r));
        Maybe(0.2, () => TailChrome.ReadAlso(pools, r, facts));
        Maybe(0.3, () => TailChrome.Tags(r));
        Maybe(0.3, () => TailChrome.Share(r));
        Maybe(0.3, () => TailChrome.Counter(r));
        Maybe(0.15, () => TailChrome.Signature(r));
        Maybe(0.2, () => TailChrome.MoreLink(r, glued: false));
        Maybe(0.3, () => widgets.Count > 0 ? widgets.Dequeue()(r) : null);
        var footer = r.Chance(0.5) ? TailChrome.Footer(r) : null;
        var teasers = r.Chance(0.45) ? TailChrome.Teasers(pools, r, facts) : null;
        if (footer is not null)
        {
            tail.Add(footer);
        }
        if (teasers is not null)
        {
            tail.Insert(footer is not null && r.Chance(0.5) ? tail.Count : Math.Max(0, tail.Count - 1), teasers);
        }
        tail.ForEach(page.Chrome);
    }
}

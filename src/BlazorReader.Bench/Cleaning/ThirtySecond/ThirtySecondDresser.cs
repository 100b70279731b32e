using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// The thirty-second catalogue: stories that reached the scraper through mailing-list archives,
// static-site Markdown, LaTeX and org-mode sources, notebook exports, community servers,
// teleprompter scripts, BBCode forum sources, clipboard histories, planning budgets and
// link-aggregator threads, with the papers' own chrome round and inside them, posts flattened
// in new orders, and the story's own chrome-like lines kept as body. One article in five is
// left as it was.
public sealed class ThirtySecondDresser(DressingPools pools) : IArticleDresser
{
    private static readonly Func<Frame>[] Frames =
    [
        () => new MailingListFrame(), () => new MarkdownSourceFrame(), () => new LatexSourceFrame(), () => new NotebookFrame(),
        () => new CommunityServerFrame(), () => new TeleprompterFrame(), () => new BbcodeFrame(), () => new ClipboardHistoryFrame(),
        () => new PlanningBudgetFrame(), () => new OrgModeFrame(), () => new LinkAggregatorFrame(),
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var own = TextReferee.Lines(article.Text);
        if (r.Chance(0.2))
        {
            return new DressedArticle(article, key, [.. own.Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], article.Title, Undressed: true);
        }
        var page = new Page(r, pools, article);
        var story = Story(r, own, page.Day);
        var frame = r.Pick(Frames)();
        frame.Head(page);
        Shuffled(r, (0.4, StoryHeadChrome.Headline), (0.35, StoryHeadChrome.Byline), (0.25, CountShareChrome.Counter), (0.15, CountShareChrome.Share), (0.12, StoryTailChrome.Caption))
            .ForEach(a => a(page));
        frame.BeforeStory(page);
        WriteStory(page, frame, story);
        var tail = Shuffled(r, (0.3, StoryTailChrome.Credit), (0.25, StoryTailChrome.Signature), (0.25, StoryTailChrome.Tags), (0.25, CountShareChrome.Share),
            (0.2, OtherStories.ReadAlso), (0.12, OtherStories.MoreLink), (0.2, CountShareChrome.Counter));
        tail.ForEach(a => a(page));
        var footerFirst = r.Chance(0.5);
        if (r.Chance(0.4) && !footerFirst)
        {
            OtherStories.TeaserBlock(page);
        }
        if (r.Chance(0.4))
        {
            StoryTailChrome.Footer(page);
        }
        if (r.Chance(0.35) && footerFirst)
        {
            OtherStories.TeaserBlock(page);
        }
        frame.Tail(page, story);
        var raw = article with { Text = page.Build(), Title = r.Chance(0.85) ? article.Title : null };
        return new DressedArticle(raw, key, page.Body, page.Noise, article.Title, Undressed: false);
    }

    // The story's own lines, with chrome-like lines of its own in almost half the articles
    // (never before the lead, so the lead stays where a dateline is glued).
    private static List<StoryLine> Story(DressingRandom r, List<string> own, DateOnly day)
    {
        var story = own.Select(l => new StoryLine(l, LineRole.Own)).ToList();
        if (r.Chance(0.45))
        {
            var extra = StoryLookAlikes.Some(r, day).Where(l => !own.Contains(l.Text)).ToList();
            story.InsertRange(r.Between(Math.Min(1, story.Count), story.Count), extra);
        }
        return story;
    }

    private static void WriteStory(Page p, Frame frame, List<StoryLine> story)
    {
        var r = p.R;
        var posts = r.Chance(0.35) ? r.Between(1, 2) : 0;
        var postAt = Enumerable.Range(0, posts).Select(_ => r.Between(0, story.Count - 1)).ToHashSet();
        var repeatAt = r.Chance(0.15) ? r.Between(0, story.Count - 1) : -1;
        var glueMore = r.Chance(0.2);
        for (var i = 0; i < story.Count; i++)
        {
            var line = story[i];
            var written = frame.Wrap(p, line, i);
            if (i == 0 && line.Role == LineRole.Own && r.Chance(0.35))
            {
                var glue = StoryHeadChrome.Dateline(r, p.Day, out var credit);
                p.Glued(NoiseKind.Dateline, glue, line.Text, before: true, credit, written);
            }
            else if (i == story.Count - 1 && glueMore && line.Role != LineRole.Heading)
            {
                p.Glued(NoiseKind.MoreLink, OtherStories.GluedMore(r), line.Text, before: false, null, written);
            }
            else
            {
                p.Para(line.Text, written);
            }
            if (i == repeatAt && line.Text.Length >= 30)
            {
                p.Chrome(NoiseKind.Repeat, line.Text);
            }
            if (i == story.Count - 1)
            {
                break;
            }
            if (r.Chance(0.08))
            {
                StoryTailChrome.Caption(p);
            }
            if (r.Chance(0.07))
            {
                OtherStories.ReadAlso(p);
            }
            if (r.Chance(0.2))
            {
                frame.Between(p, i);
            }
            if (postAt.Contains(i))
            {
                PostCards.Write(p);
            }
        }
    }

    private static List<Action<Page>> Shuffled(DressingRandom r, params (double Chance, Action<Page> Write)[] shapes) =>
        [.. shapes.Where(s => r.Chance(s.Chance)).Select(s => s.Write).OrderBy(_ => r.Next(1000))];
}

using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// The thirty-fifth catalogue: copy paths through old CMS pages, FidoNet echomail, WAP decks,
// DocBook, SQL dumps, translation files, HTTP captures, dumped page heads, curated timelines,
// reStructuredText and wiki sources. Written apart from the cleaner and from every other
// catalogue, from shapes rather than strings.
public sealed class ThirtyFifthDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var own = TextReferee.Lines(article.Text);
        if (r.Chance(0.2) || own.Count == 0)
        {
            return new DressedArticle(article, key, [.. own.Select(p => new ExpectedBlock(BlockKind.Paragraph, p))], [], article.Title, true);
        }
        var story = new Story(article, pools, r);
        Frame[] frames = [new JoomlaFrame(), new NukeFrame(), new FidoFrame(), new WmlFrame(), new DocBookFrame(), new SqlDumpFrame(),
            new TranslationFileFrame(), new WarcFrame(), new MetaHeadFrame(), new StoryTimelineFrame(), new RestFrame(), new WikiTextFrame()];
        var frame = r.Pick<Frame>([.. frames.Where(f => f.Fits(story))]);
        Plan(story, frame, r);
        var w = new PageWriter(r);
        frame.Head(w, story);
        WriteItems(w, story, frame);
        if (r.Chance(0.25))
        {
            // A paragraph the page printed twice (a pull quote, a lazy-loaded block).
            var again = r.Pick<string>(own);
            w.Chrome(NoiseKind.Repeat, frame.Wrap, [again]);
        }
        frame.Tail(w, story);
        return new DressedArticle(article with { Text = w.Text }, key, w.Body, w.Noise, article.Title, false);
    }

    // The story's items: its own paragraphs, look-alikes (~45%) and posts after the lead.
    private static void Plan(Story s, Frame frame, DressingRandom r)
    {
        s.Items.AddRange(s.Own.Select(p => new StoryLine(p)));
        if (r.Chance(0.45))
        {
            foreach (var _ in Enumerable.Range(0, r.Between(1, 2)))
            {
                var lines = LookAlikeLines.Make(r, s, out var closing).Where(l => !s.IsOwnLine(l) && !s.Items.OfType<StoryLine>().Any(i => i.Text == l)).ToList();
                s.Items.InsertRange(closing ? s.Items.Count : r.Between(1, s.Items.Count), lines.Select(l => new StoryLine(l)));
            }
        }
        if (r.Chance(frame.PostRate))
        {
            foreach (var _ in Enumerable.Range(0, r.Chance(0.3) ? 2 : 1))
            {
                var post = PostDraft.Make(r, s);
                var at = r.Between(1, s.Items.Count);
                s.Items.Insert(at, new StoryPost(post));
                if (r.Chance(0.5))
                {
                    // The story's own line introducing the post: body, not the post.
                    // «حساب» as the subject agrees with any author, a man, a woman or a ministry.
                    var who = post.Name.Any(c => c is >= '\u0600' and <= '\u06FF') && !post.Name.Contains('\u200D', StringComparison.Ordinal) ? post.Name : "@" + post.Handle;
                    s.Items.Insert(at, new StoryLine(r.Next(3) switch
                    {
                        0 => "وجاء في تغريدة نشرها حساب " + who + r.Pick(":", " على تويتر:"),
                        1 => "وكتب حساب " + who + r.Pick(":", " على تويتر:", " في تغريدة:"),
                        _ => "وعلّق حساب " + who + r.Pick(" قائلاً:", " بتغريدة جاء فيها:"),
                    }));
                }
            }
        }
    }

    private static void WriteItems(PageWriter w, Story s, Frame frame)
    {
        var r = w.R;
        var last = s.Items.FindLastIndex(i => i is StoryLine);
        for (var i = 0; i < s.Items.Count; i++)
        {
            if (i > 0)
            {
                frame.Gap(w, s, i);
            }
            if (s.Items[i] is StoryPost post)
            {
                PostLayouts.Write(w, post.Post, frame.Wrap, frame.MarkupPosts);
                continue;
            }
            var text = ((StoryLine)s.Items[i]).Text;
            var written = text;
            if (i == 0 && r.Chance(0.45))
            {
                var dateline = HeadWordings.Dateline(r, s);
                written = dateline + HeadWordings.AfterDateline(r) + text;
                w.Label(NoiseKind.Dateline, dateline, true);
            }
            if (i == last && i > 0 && r.Chance(0.2))
            {
                var more = TailWordings.MoreLink(r);
                written += r.Pick(" ", "... ", " - ", "…") + more;
                w.Label(NoiseKind.MoreLink, more, true);
            }
            if (i == 0 && frame is SqlDumpFrame sql)
            {
                written = sql.Prefix + written;
            }
            w.Paragraph(frame.Wrap(written), text);
        }
    }
}

using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// The thirty-sixth catalogue: copy paths none of the earlier ones drew on (WebForms portals,
// word-processor XML, speech scripts, Instant Articles, git logs, packet and dial-up BBSes,
// note exports, thread unrollers and post archives, site builders, early blogs, EPUB chapters,
// knowledge vaults). Written apart from the cleaner: labels are what a reader would judge.
public sealed class ThirtySixthDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var own = TextReferee.Lines(article.Text);
        if (r.Chance(0.2) || own.Count == 0)
        {
            return new DressedArticle(article, key, [.. own.Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], article.Title, true);
        }
        var p = new Page(r, pools, article);
        var frame = Frame.Pick(r);
        var items = StoryPlan.Build(p, own, frame.OwnPosts);
        var head = new List<NoisePiece>();
        if (r.Chance(0.5))
        {
            head.Add(HeadChrome.Byline(p));
        }
        if (r.Chance(0.25) && !items.Any(i => i.Prefix.Length > 0))
        {
            head.Add(HeadChrome.Dateline(p));
        }
        if (r.Chance(0.25))
        {
            head.Add(HeadChrome.Caption(p));
        }
        frame.Head(p, HeadChrome.Headline(p), [.. head.OrderBy(_ => r.Next(9))]);
        Write(p, frame, items);
        frame.Tail(p, Tail(p));
        return new DressedArticle(article with { Text = p.Text() }, key, p.Body, p.Noise, article.Title, false);
    }

    private static void Write(Page p, Frame frame, List<StoryItem> items)
    {
        var index = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Post is { } post)
            {
                p.Blank(i > 0 && items[i - 1].Post is not null ? 0 : 0.6);
                if (frame.OwnPosts)
                {
                    frame.Post(p, post);
                }
                else
                {
                    var next = i + 1 < items.Count ? items[i + 1] : null;
                    PostLayouts.Write(p, post, frame.PlainLines && next?.Text is not null && next.Prefix.Length == 0 && p.R.Chance(0.3));
                }
                p.Body.Add(post.Block);
                continue;
            }
            if (item.Chrome is { } piece)
            {
                p.Blank(0.4);
                p.Chrome(piece, frame.Wrap);
                continue;
            }
            p.Blank(0.5);
            p.Line(frame.Para(p, item.Prefix, p.R.Scuff(item.Text!, 0.15), item.Suffix, index++));
            p.Story(item.Text!);
            foreach (var glued in item.Glued)
            {
                p.Noise.Add(glued);
            }
        }
    }

    // The tail's common chrome in an order of its own; teasers before or after the footer.
    private static List<NoisePiece> Tail(Page p)
    {
        var r = p.R;
        var tail = new List<NoisePiece>();
        void Maybe(double chance, Func<NoisePiece?> make)
        {
            if (r.Chance(chance) && make() is { } piece)
            {
                tail.Add(piece);
            }
        }
        Maybe(0.3, () => HeadChrome.Credit(p));
        Maybe(0.25, () => TailChrome.Signature(p));
        Maybe(0.3, () => TailChrome.Tags(p));
        Maybe(0.25, () => TailChrome.MoreLink(p, false));
        Maybe(0.35, () => TailChrome.Share(p));
        Maybe(0.3, () => TailChrome.Counter(p));
        Maybe(0.2, () => TailChrome.ReadAlso(p, true));
        tail = [.. tail.OrderBy(_ => r.Next(9))];
        var teasers = r.Chance(0.55) ? TailChrome.Teasers(p) : null;
        var footer = r.Chance(0.6) ? TailChrome.Footer(p) : null;
        var before = r.Chance(0.5);
        if (teasers is not null && before)
        {
            tail.Add(teasers);
        }
        if (footer is not null)
        {
            tail.Add(footer);
        }
        if (teasers is not null && !before)
        {
            tail.Add(teasers);
        }
        return tail;
    }
}

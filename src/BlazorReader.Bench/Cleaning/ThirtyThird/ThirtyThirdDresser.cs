using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// The thirty-third catalogue, written apart from the cleaner and from every other catalogue:
// the story reaches the scraper through wikitext sources, IRC logs, man-page sources, RTF
// files, Gemini capsules, paste sites, e-reader highlight exports, web-annotation layers,
// long-form blogging platforms, SMS news services and raw RSS XML. Each frame brings its own
// head and tail; the common chrome is written in the frame's own markup.
public sealed class ThirtyThirdDresser(DressingPools pools) : IArticleDresser
{
    private static readonly Func<Frame>[] Frames =
    [
        () => new WikitextFrame(), () => new IrcLogFrame(), () => new TroffFrame(), () => new RtfFrame(),
        () => new GemtextFrame(), () => new PasteFrame(), () => new HighlightsFrame(), () => new AnnotationFrame(),
        () => new LongformFrame(), () => new SmsFrame(), () => new RssFrame(),
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(r);
        var own = TextReferee.Lines(article.Text);
        var title = article.Title is null ? null : TextReferee.Normalize(article.Title);
        if (r.Chance(0.2))
        {
            return new DressedArticle(article, key, [.. own.Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], title, true);
        }
        var s = new Story(article, pools, r);
        var frame = r.Pick(Frames)();
        var p = new Page(r);
        frame.Head(p, s);
        HeadChrome.Write(frame, p, s);
        WriteBody(frame, p, s, Items(own, s, r));
        WriteTail(frame, p, s);
        if (p.Noise.Count == 0)
        {
            // A dressed page always carries some chrome; a bare RTF body gets its footer.
            frame.Chrome(p, NoiseKind.Footer, TailChrome.Footer(s, r));
        }
        frame.Tail(p, s);
        return new DressedArticle(article with { Text = p.Text() }, key, p.Body, p.Noise, title, false);
    }

    // The story's lines in order, with look-alike lines and posts (null) set in after the lead.
    private static List<string?> Items(List<string> own, Story s, DressingRandom r)
    {
        var items = own.Cast<string?>().ToList();
        if (r.Chance(0.45))
        {
            var ownCount = items.Count;
            foreach (var (lines, closing) in LookAlikes.Draw(s, r))
            {
                items.InsertRange(closing ? items.Count : r.Between(1, Math.Max(1, items.Count - (ownCount > 1 ? 1 : 0))), lines);
            }
        }
        var posts = r.Chance(0.35) ? (r.Chance(0.2) ? 2 : 1) : 0;
        for (var i = 0; i < posts; i++)
        {
            items.Insert(r.Between(1, items.Count), null);
        }
        return items;
    }

    private static void WriteBody(Frame f, Page p, Story s, List<string?> items)
    {
        var r = p.R;
        var count = items.Count(i => i is not null);
        var caption = r.Chance(0.3) && f.Pictures ? r.Next(count) : -1;
        var readAlso = r.Chance(0.22) && count > 1 ? r.Next(count - 1) : -1;
        var repeat = r.Chance(0.1) ? r.Next(count) : -1;
        var glueDate = r.Chance(0.4);
        var glueMore = r.Chance(0.15);
        var k = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                Posts.Write(p, s, r);
                p.Gap(0.7);
                continue;
            }
            var above = r.Chance(0.5);
            if (k == caption && above)
            {
                f.Chrome(p, NoiseKind.Caption, TailChrome.Caption(s, r));
            }
            if (k == 0 && glueDate)
            {
                p.GlueBefore(NoiseKind.Dateline, HeadChrome.Dateline(s, r), r.Pick(" ", " ", ""));
            }
            if (k == count - 1 && glueMore)
            {
                p.GlueAfter(NoiseKind.MoreLink, TailChrome.MoreLink(s, r), r.Pick(" ", " ", "  "));
            }
            f.Paragraph(p, s, item, k, count);
            if (k == caption && !above)
            {
                f.Chrome(p, NoiseKind.Caption, TailChrome.Caption(s, r));
            }
            if (k == repeat)
            {
                f.Chrome(p, NoiseKind.Repeat, [item]);
            }
            if (k == readAlso)
            {
                var other = s.Others(1);
                f.Chrome(p, NoiseKind.ReadAlso, [.. other.Select(t => TailChrome.ReadAlsoLabel(r) + r.Pick(": ", " | ", " ← ", ":") + t)], other);
            }
            if (k < count - 1)
            {
                f.Between(p, s, k);
            }
            p.Gap(0.6);
            k++;
        }
    }

    private static void WriteTail(Frame f, Page p, Story s)
    {
        var r = p.R;
        var parts = new List<Action>();
        void Maybe(double chance, Action a)
        {
            if (r.Chance(chance))
            {
                parts.Add(a);
            }
        }
        Maybe(0.3, () => { var (line, source) = TailChrome.Credit(s, r); f.Chrome(p, NoiseKind.Credit, line, source); });
        Maybe(0.25, () => f.Chrome(p, NoiseKind.Signature, TailChrome.Signature(s, r)));
        Maybe(0.25, () => f.Chrome(p, NoiseKind.Tags, TailChrome.Tags(s, r)));
        Maybe(0.2, () => { var (lines, teasers) = TailChrome.ReadAlsoBlock(s, r); f.Chrome(p, NoiseKind.ReadAlso, lines, teasers); });
        Maybe(0.18, () => f.Chrome(p, NoiseKind.Share, HeadChrome.Share(s, r)));
        Maybe(0.18, () => f.Chrome(p, NoiseKind.MoreLink, TailChrome.MoreLink(s, r)));
        Maybe(0.1, () => f.Chrome(p, NoiseKind.Counter, HeadChrome.Counter(r)));
        Maybe(0.35, () => { var (lines, teasers) = TailChrome.Teasers(s, r); f.Chrome(p, NoiseKind.Teaser, lines, teasers); });
        foreach (var part in parts.OrderBy(_ => r.Next(100)))
        {
            part();
            p.Gap(0.4);
        }
        if (r.Chance(0.5))
        {
            f.Chrome(p, NoiseKind.Footer, TailChrome.Footer(s, r));
        }
        if (r.Chance(0.2))
        {
            var (lines, teasers) = TailChrome.Teasers(s, r);
            f.Chrome(p, NoiseKind.Teaser, lines, teasers);
        }
    }
}

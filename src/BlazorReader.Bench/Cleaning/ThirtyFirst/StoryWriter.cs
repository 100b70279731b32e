using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// Writes the story inside its frame with the paper's chrome: title, byline, dateline and
// credit above; captions, «اقرأ أيضاً», posts, the story's own look-alike lines, a repeated
// paragraph and share lines between; more-links, signatures, tags, counters, blocks of other
// stories and the footer below, in an order drawn for each page.
internal static class StoryWriter
{
    public static void Write(Page p, Story s, List<string> own, bool headline)
    {
        var r = p.R;
        if (headline)
        {
            p.Piece(HeadChrome.Headline(r, s));
        }
        var above = new List<Func<NoisePiece>>();
        if (r.Chance(0.35)) above.Add(() => HeadChrome.Byline(r, s));
        if (r.Chance(0.15)) above.Add(() => HeadChrome.Credit(r, s));
        if (r.Chance(0.15)) above.Add(() => PageChrome.Counter(r));
        if (r.Chance(0.1)) above.Add(() => PageChrome.Caption(r, s));
        foreach (var make in above.OrderBy(_ => r.Next(9)))
        {
            p.Piece(make());
        }
        var dateline = r.Chance(0.45) ? HeadChrome.Dateline(r, s, glued: r.Chance(0.65)) : null;
        if (dateline is { Glued: false })
        {
            p.Piece(dateline);
        }
        var gluedMore = r.Chance(0.15) ? PageChrome.MoreLink(r, glued: true) : null;
        var postAt = r.Chance(0.35) ? r.Between(0, own.Count - 1) : -1;
        var secondPost = postAt >= 0 && r.Chance(0.2) ? r.Between(0, own.Count - 1) : -1;
        var lookAt = r.Chance(0.45) ? r.Between(0, own.Count - 1) : -1;
        var repeatAt = r.Chance(0.12) ? r.Between(0, own.Count - 1) : -1;
        for (var i = 0; i < own.Count; i++)
        {
            p.Frame.Before(p, own[i]);
            var before = i == 0 && dateline is { Glued: true } ? dateline.Lines[0] + r.Pick(" ", " ", "") : "";
            var after = i == own.Count - 1 && gluedMore is not null ? " " + gluedMore.Lines[0] : "";
            if (r.Chance(0.04))
            {
                p.Piece(PageChrome.Caption(r, s));
            }
            p.Para(own[i], before, after);
            if (before.Length > 0) p.Noise.Add(dateline!);
            if (after.Length > 0) p.Noise.Add(gluedMore!);
            if (i == own.Count - 1)
            {
                break;
            }
            p.Frame.Between(p, s, i);
            Inside(p, s, own, i, postAt, secondPost, lookAt, repeatAt);
        }
        if (own.Count == 1)
        {
            Inside(p, s, own, 0, postAt, secondPost, lookAt, repeatAt);
        }
        Below(p, s);
    }

    private static void Inside(Page p, Story s, List<string> own, int i, int postAt, int secondPost, int lookAt, int repeatAt)
    {
        var r = p.R;
        if (r.Chance(0.08)) p.Piece(PageChrome.Caption(r, s));
        if (r.Chance(0.08) && OtherStories.ReadAlsoInline(r, s) is { } also) p.Piece(also);
        if (i == lookAt)
        {
            foreach (var line in LookAlikes.Make(r, s))
            {
                p.Para(line);
            }
        }
        if (i == postAt || i == secondPost)
        {
            var (post, raw, chrome) = PostShapes.Make(r, s);
            p.Post(post, raw, chrome);
        }
        if (i == repeatAt)
        {
            p.Piece(new NoisePiece(NoiseKind.Repeat, [own[r.Between(0, i)]]));
        }
        if (r.Chance(0.04)) p.Piece(PageChrome.Share(r, s));
    }

    // The end of the page: each piece drawn or not, in a drawn order, then the footer with
    // teasers sometimes after it, as pages that keep a «most read» strip below the footer.
    private static void Below(Page p, Story s)
    {
        var r = p.R;
        var tail = new List<Func<NoisePiece?>>();
        if (r.Chance(0.25)) tail.Add(() => PageChrome.MoreLink(r, glued: false));
        if (r.Chance(0.3)) tail.Add(() => PageChrome.Signature(r, s));
        if (r.Chance(0.3)) tail.Add(() => PageChrome.Tags(r, s));
        if (r.Chance(0.25)) tail.Add(() => HeadChrome.Credit(r, s));
        if (r.Chance(0.3)) tail.Add(() => PageChrome.Share(r, s));
        if (r.Chance(0.3)) tail.Add(() => PageChrome.Counter(r));
        if (r.Chance(0.2)) tail.Add(() => OtherStories.ReadAlsoBlock(r, s));
        if (r.Chance(0.35)) tail.Add(() => OtherStories.Teasers(r, s));
        foreach (var make in tail.OrderBy(_ => r.Next(99)))
        {
            if (make() is { } piece) p.Piece(piece);
        }
        if (r.Chance(0.5)) p.Piece(PageChrome.Footer(r, s));
        if (r.Chance(0.2) && OtherStories.Teasers(r, s) is { } after) p.Piece(after);
    }
}

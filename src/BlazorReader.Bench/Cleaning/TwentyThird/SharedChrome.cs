namespace BlazorReader.Bench.Cleaning.TwentyThird;

// The common chrome laid over whichever family dressed the page, each piece by its own
// chance, so that no family always looks the same: datelines on or over the lead, captions
// and read-also lines between paragraphs, more-links glued or alone, and a tail whose
// footer, teasers, tags, counters and credit come in any order.
internal static class SharedChrome
{
    public static void Add(PageSheet page, PageKit k)
    {
        var r = k.R;
        // One dateline over the lead at most: a page glued one on already, or prints one above it.
        if (!page.HasGlueBefore(0))
        {
            if (r.Chance(0.3))
            {
                CommonChrome.GluedDateline(page, k);
            }
            else if (r.Chance(0.12))
            {
                page.Above(0, CommonChrome.Piece(NoiseKind.Dateline, k, CommonChrome.Dateline(k)));
            }
        }
        if (r.Chance(0.15))
        {
            page.Top(CommonChrome.Byline(k));
        }
        if (r.Chance(0.25))
        {
            page.Above(r.Between(0, page.Count), CommonChrome.Caption(k));
        }
        if (r.Chance(0.25) && CommonChrome.ReadAlso(k) is { } also)
        {
            page.Above(r.Between(Math.Min(1, page.Count), page.Count), also);
        }
        var last = page.Count - 1;
        if (r.Chance(0.12) && !page.HasGlueAfter(last))
        {
            page.GlueAfter(last, r.Pick(" …المزيد", " (التفاصيل)", " ← تابع القراءة", " [رابط الخبر]", "... للمزيد"), NoiseKind.MoreLink);
        }
        else if (r.Chance(0.15))
        {
            page.Above(page.Count, CommonChrome.MoreLink(k));
        }
        if (r.Chance(0.1))
        {
            page.Bottom(CommonChrome.Piece(NoiseKind.Signature, k, k.Person(), $"{r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz")}{r.Pick("@gmail.com", "@hotmail.com", "@" + r.Pick("alriyadh.com", "okaz.com.sa"))}"));
        }
        var tail = new List<NoisePiece>();
        void Maybe(double p, Func<NoisePiece?> make)
        {
            if (r.Chance(p) && make() is { } piece)
            {
                tail.Add(piece);
            }
        }
        Maybe(0.25, () => CommonChrome.Credit(k));
        Maybe(0.25, () => CommonChrome.Tags(k));
        Maybe(0.2, () => CommonChrome.Counter(k));
        Maybe(0.2, () => CommonChrome.Share(k));
        Maybe(0.3, () => CommonChrome.TeaserBlock(k));
        var order = tail.OrderBy(_ => r.Next(100)).ToList();
        // The footer is most often last, but teaser blocks now and then come after it.
        if (r.Chance(0.3))
        {
            var at = r.Chance(0.7) ? order.Count : r.Between(0, order.Count);
            order.Insert(at, CommonChrome.Footer(k));
        }
        order.ForEach(page.Bottom);
    }
}

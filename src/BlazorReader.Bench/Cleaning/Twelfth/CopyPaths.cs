namespace BlazorReader.Bench.Cleaning.Twelfth;

// How a copy reached the scraper, each leaving its own page around the story: the site's page
// itself, a word processor's document, a web clipper's note, an e-paper viewer's page. Every
// kind is drawn on its own odds, so pages run from nearly bare to crowded, and teasers come
// before the footer, after it, or both.
internal static class CopyPaths
{
    public static void SitePage(Sheet sheet, Story s)
    {
        var r = s.R;
        sheet.Head(r.Chance(0.12) ? Chrome.Consent(s) : null);
        sheet.Head(r.Chance(0.15) ? Chrome.Accessibility(s) : null);
        sheet.Head(r.Chance(0.35) ? Masthead.Headline(s) : null);
        sheet.Head(r.Chance(0.3) ? Masthead.Byline(s) : null);
        sheet.Head(r.Chance(0.3) ? Masthead.Dateline(s, glued: false) : null);
        sheet.Head(r.Chance(0.12) ? Chrome.Share(s) : null);
        sheet.GlueLead(r.Chance(0.25) ? Masthead.Dateline(s, glued: true) : null);
        Inside(sheet, s);
        if (s.Outlet.Family == Family.Institution && r.Chance(0.6))
        {
            var (tag, notice) = s.Outlet.Name.Contains("القضائية", StringComparison.Ordinal) ? Boxes.Ruling(s) : Boxes.Disclosure(s);
            sheet.Head(tag);
            sheet.Tail(notice);
        }
        Below(sheet, s);
    }

    public static void WordCopy(Sheet sheet, Story s)
    {
        var r = s.R;
        var pages = Math.Max(2, sheet.Count / r.Between(2, 4) + 1);
        sheet.Head(r.Chance(0.6) ? Documents.RunningHead(s) : null);
        sheet.Head(r.Chance(0.4) ? Masthead.Headline(s) : null);
        sheet.Head(r.Chance(0.4) ? Masthead.Byline(s) : null);
        sheet.GlueLead(r.Chance(0.3) ? Masthead.Dateline(s, glued: true) : null);
        for (var page = 1; page < pages && sheet.Count >= 2; page++)
        {
            sheet.Inside(r.Chance(0.7) ? Documents.PageNumber(s, page, pages) : null, Math.Clamp(page * sheet.Count / pages, 1, sheet.Count - 1));
        }
        sheet.Inside(r.Chance(0.35) ? Documents.Comment(s) : null);
        sheet.Inside(r.Chance(0.25) ? Documents.Formatting(s) : null);
        sheet.Inside(r.Chance(0.2) ? Lists.Caption(s) : null);
        sheet.Inside(r.Chance(0.15) ? Boxes.Summary(s) : null, 1);
        Repeat(sheet, s, r.Chance(0.15));
        sheet.Tail(r.Chance(0.5) ? Documents.Footnote(s) : null);
        sheet.Tail(r.Chance(0.3) ? Lists.Teasers(s, r.Between(1, 3)) : null);
        sheet.Tail(r.Chance(0.4) ? Documents.PageNumber(s, pages, pages) : null);
        sheet.Tail(r.Chance(0.3) ? Documents.WordCount(s) : null);
        sheet.Tail(r.Chance(0.3) ? Documents.RunningHead(s) : null);
    }

    public static void Clipping(Sheet sheet, Story s)
    {
        var r = s.R;
        var (source, tags) = Documents.ClipHeader(s);
        var below = r.Chance(0.3);
        sheet.Head(below ? null : source);
        sheet.Head(below ? null : tags);
        sheet.Head(r.Chance(0.5) ? Masthead.Headline(s) : null);
        sheet.Head(r.Chance(0.25) ? Masthead.Dateline(s, glued: false) : null);
        sheet.GlueLead(r.Chance(0.2) ? Masthead.Dateline(s, glued: true) : null);
        Inside(sheet, s);
        if (r.Chance(0.5))
        {
            Below(sheet, s);
        }
        sheet.Tail(below ? source : null);
        sheet.Tail(below ? tags : null);
    }

    public static void EPaper(Sheet sheet, Story s)
    {
        var r = s.R;
        var (edition, buttons) = Chrome.EPaper(s);
        sheet.Head(edition);
        sheet.Head(r.Chance(0.7) ? buttons : null);
        sheet.Head(r.Chance(0.5) ? Masthead.Headline(s) : null);
        sheet.GlueLead(r.Chance(0.4) ? Masthead.Dateline(s, glued: true) : null);
        sheet.Inside(r.Chance(0.3) ? Masthead.P(NoiseKind.MoreLink, Ink.Digits(r, r.Pick("التتمة ص ", "تتمة المنشور ص ", "البقية في الصفحة ", "Suite page ") + r.Between(2, 24))) : null);
        Repeat(sheet, s, r.Chance(0.3));
        sheet.Inside(r.Chance(0.3) ? Lists.Caption(s) : null);
        sheet.Tail(r.Chance(0.5) ? Lists.Teasers(s, r.Between(2, 4)) : null);
        sheet.Tail(r.Chance(0.4) ? Chrome.EPaper(s).Buttons : null);
        sheet.Tail(r.Chance(0.4) ? Chrome.Footer(s) : null);
    }

    // What sits between the paragraphs of a site page.
    private static void Inside(Sheet sheet, Story s)
    {
        var r = s.R;
        sheet.Inside(r.Chance(0.2) ? Boxes.Summary(s) : null, r.Chance(0.7) ? 1 : null);
        sheet.Head(r.Chance(0.08) ? Boxes.Summary(s) : null);
        sheet.Inside(r.Chance(0.1) ? Boxes.KeyFacts(s) : null);
        sheet.Inside(r.Chance(0.08) ? Boxes.FactCheck(s) : null, 1);
        for (var i = r.Chance(0.35) ? r.Between(1, 3) : 0; i > 0; i--)
        {
            sheet.Inside(Lists.Caption(s));
        }
        for (var i = r.Chance(0.3) ? r.Between(1, 2) : 0; i > 0; i--)
        {
            sheet.Inside(Lists.ReadAlso(s));
        }
        Repeat(sheet, s, r.Chance(0.05));
        sheet.GlueEnd(r.Chance(0.12) ? Lists.MoreLink(s, glued: true) : null);
    }

    // Below the story: credit, tags, share, counters, teasers and the footer, in shuffled order,
    // with a second teaser block or a timeline sometimes after the footer.
    private static void Below(Sheet sheet, Story s)
    {
        var r = s.R;
        List<NoisePiece?> parts =
        [
            r.Chance(0.3) ? Masthead.Credit(s) : null,
            r.Chance(0.25) ? Lists.Tags(s) : null,
            r.Chance(0.3) ? Chrome.Share(s) : null,
            r.Chance(0.25) ? Masthead.Counter(s) : null,
            r.Chance(0.15) ? Lists.MoreLink(s, glued: false) : null,
        ];
        parts = r.Chance(0.5) ? parts : [.. parts.OrderBy(_ => r.Next(1000))];
        parts.Insert(r.Next(parts.Count + 1), r.Chance(0.45) ? Lists.Teasers(s) : null);
        parts.Insert(r.Next(parts.Count + 1), r.Chance(0.1) ? Boxes.Timeline(s) : null);
        parts.Insert(r.Next(Math.Min(2, parts.Count + 1)), r.Chance(0.1) ? Masthead.Byline(s) : null);
        var footer = r.Chance(0.55);
        parts.Add(footer ? Chrome.Footer(s) : null);
        parts.Add(footer && r.Chance(0.3) ? Lists.Teasers(s, r.Between(1, 3)) : null);
        parts.Add(r.Chance(0.06) ? Chrome.Consent(s) : null);
        parts.ForEach(p => sheet.Tail(p));
    }

    // A paragraph printed again further down (a pull quote, a page's repeated column top).
    private static void Repeat(Sheet sheet, Story s, bool drawn)
    {
        var r = s.R;
        if (!drawn || sheet.Count < 2)
        {
            return;
        }
        var which = r.Next(sheet.Count - 1);
        var line = s.Own[which];
        sheet.Inside(new NoisePiece(NoiseKind.Repeat, [r.Chance(0.3) ? Ink.Quote(r, line) : line]), r.Between(which + 1, sheet.Count));
    }
}

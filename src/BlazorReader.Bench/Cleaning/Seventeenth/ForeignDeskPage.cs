namespace BlazorReader.Bench.Cleaning.Seventeenth;

// An Arabic story on a foreign outlet's page: the site's menu, date, byline, share row and
// boxes in the site's own language around an Arabic text, the story opened by the outlet's
// dateline with its own wire, a «read also» in the site's language inside it.
internal static class ForeignDeskPage
{
    public static void Dress(PageDraft page, DressingRandom r)
    {
        var desk = r.Pick(ForeignDesk.All);
        var year = Stamps.N(page.When.Year);
        var head = new List<Segment> { Segment.Furniture(NoiseKind.Tags, [.. Marks.Row(Marks.Some(desk.Sections, 4, 7, r), r)]) };
        if (r.Chance(0.4))
        {
            head.Add(Segment.Furniture(NoiseKind.Tags, r.Pick(desk.Desk) + r.Pick(" » ", " > ", " / ", " | ") + r.Pick(desk.Sections)));
        }
        if (page.Title is { } title && r.Chance(0.6))
        {
            head.Add(Segment.Furniture(NoiseKind.Headline, title));
        }
        var stamp = desk.Date(page.When, r) + r.Pick("", " " + Stamps.Clock(page.When, r), " | " + page.When.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        if (r.Chance(0.5))
        {
            head.Add(Segment.Furniture(NoiseKind.Byline, string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(desk.By), r.Chance(0.5) ? DressingPools.PersonName(r) : r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast))));
        }
        head.Add(Segment.Furniture(NoiseKind.Dateline, stamp));
        if (r.Chance(0.5))
        {
            head.Add(Segment.Furniture(NoiseKind.Share, [.. Marks.Row(Marks.Some(desk.Share, 2, 5, r), r)]));
        }
        page.Head.AddRange(head.Select((s, i) => i > 0 && r.Chance(0.6) ? s.Close() : s));

        if (r.Chance(0.5) && page.Paragraphs.Count > 0)
        {
            var line = r.Pick(desk.Datelines) + " ";
            page.Prefix = (line, new NoisePiece(NoiseKind.Dateline, [line.Trim()], Glued: true));
        }
        if (r.Chance(0.6) && page.Others.Title(r) is { } also)
        {
            var label = r.Pick(desk.ReadAlso);
            var lines = r.Chance(0.6) ? new[] { label + " " + also } : [label, also];
            page.Inside(r).Add(Segment.Furniture(NoiseKind.ReadAlso, lines, [also]));
        }
        if (r.Chance(0.4))
        {
            page.Under.Add(Segment.Furniture(NoiseKind.MoreLink, r.Pick(desk.More) + Marks.Trailer(r)));
        }
        if (r.Chance(0.5))
        {
            page.Tail.Add(Segment.Furniture(NoiseKind.Counter, string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(desk.Views), desk == ForeignDesk.All[0] ? Stamps.UrduDigits(Stamps.N(r.Between(40, 90000))) : Stamps.N(r.Between(40, 90000)))));
        }
        var related = page.Others.Titles(r, r.Between(2, 5));
        if (related.Count > 0 && r.Chance(0.7))
        {
            var lines = new List<string> { r.Pick(desk.Related) };
            lines.AddRange(related.Select(t => Marks.Bullet(r) + t));
            page.Tail.Add(Segment.Furniture(NoiseKind.Teaser, lines, related));
        }
        page.Tail.Add(Segment.Furniture(NoiseKind.Footer, string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(desk.Rights), year)));
    }
}

namespace BlazorReader.Bench.Cleaning.Eighth;

// The ways a story reached the scraper in this catalogue, each with the chrome its path leaves:
// a PDF/OCR print copy, a feed reader's export, a CMS page, a screen-reader or audio page, a
// press release through a national agency, a mobile page full of widgets and plugs.
internal enum CopyPath
{
    Print,
    Feed,
    Cms,
    Accessible,
    Release,
    Widgets,
}

internal static class CopyPaths
{
    public static void Dress(CopyPath path, DressingRandom r, EighthContext c, EighthPage page, List<Chrome> foot)
    {
        void Maybe(double p, Slot slot, Func<Chrome> shape)
        {
            if (r.Chance(p))
            {
                Place(r, page, foot, slot, shape());
            }
        }
        switch (path)
        {
            case CopyPath.Print:
                Maybe(0.7, Slot.Top, () => EighthPrint.RunningHead(r, c));
                Maybe(0.5, Slot.Top, () => EighthHead.Headline(r, c));
                Maybe(0.35, r.Pick(Slot.Top, Slot.Lead), () => r.Chance(0.5) ? EighthHead.GluedByline(r) : EighthHead.Byline(r, c));
                Maybe(0.3, Slot.Lead, () => EighthHead.GluedDateline(r, c));
                Maybe(0.4, r.Pick(Slot.Top, Slot.Middle), () => EighthPrint.Caption(r, c));
                ColumnJump(r, page, foot);
                Maybe(0.5, Slot.Foot, () => EighthPrint.Folio(r, c));
                break;
            case CopyPath.Feed:
                Maybe(0.6, Slot.Top, () => EighthHead.Headline(r, c));
                Maybe(0.6, Slot.Top, () => EighthHead.Dateline(r, c));
                Maybe(0.5, Slot.Top, () => EighthHead.Byline(r, c));
                Maybe(0.6, r.Pick(Slot.Top, Slot.Foot), () => EighthFeed.Tags(r, c));
                Maybe(0.5, Slot.Foot, () => EighthFeed.FeedFooter(r, c));
                Maybe(0.5, r.Pick(Slot.Foot, Slot.Foot, Slot.End), () => r.Chance(0.3) ? GluedMore(r) : EighthFeed.SourceLink(r, c));
                Maybe(0.3, Slot.Foot, () => EighthFeed.Comments(r));
                break;
            case CopyPath.Cms:
                Maybe(0.6, Slot.Top, () => EighthFeed.Tags(r, c));
                Maybe(0.4, Slot.Top, () => EighthHead.Headline(r, c));
                Maybe(0.4, Slot.Top, () => EighthHead.Dateline(r, c));
                Maybe(0.4, r.Pick(Slot.Top, Slot.Foot), () => EighthHead.Byline(r, c));
                if (r.Chance(0.35) && page.StoryCount >= 3)
                {
                    var after = r.Between(1, page.StoryCount - 2);
                    page.AddAfter(after, EighthFeed.Pager(r));
                    page.AddAfter(after, EighthFeed.PageOf(r));
                }
                Maybe(0.25, Slot.Foot, () => EighthFeed.Pager(r));
                Maybe(0.5, r.Pick(Slot.Top, Slot.Foot), () => r.Chance(0.5) ? EighthWidgets.Views(r) : EighthFeed.Comments(r));
                Maybe(0.4, r.Pick(Slot.Foot, Slot.Middle), () => EighthWidgets.ScreenReader(r));
                Maybe(0.6, Slot.Foot, () => EighthFeed.FeedFooter(r, c));
                Maybe(0.4, Slot.Foot, () => EighthFeed.Tags(r, c));
                break;
            case CopyPath.Accessible:
                Maybe(0.5, Slot.Top, () => EighthFeed.Tags(r, c));
                Maybe(0.6, Slot.Top, () => EighthWidgets.Audio(r));
                Maybe(0.5, r.Pick(Slot.Top, Slot.Top, Slot.Foot), () => EighthWidgets.ReadingControls(r));
                Maybe(0.6, r.Pick(Slot.Top, Slot.Middle), () => EighthWidgets.Caption(r, c));
                Maybe(0.6, r.Pick(Slot.Foot, Slot.Middle), () => EighthWidgets.ScreenReader(r));
                Maybe(0.3, Slot.Middle, () => EighthWidgets.GalleryCount(r));
                Maybe(0.3, Slot.Top, () => EighthHead.Dateline(r, c));
                break;
            case CopyPath.Release:
                Maybe(0.6, Slot.Top, () => EighthHead.Byline(r, c));
                Maybe(0.6, Slot.Lead, () => EighthHead.GluedDateline(r, c));
                Maybe(0.5, r.Pick(Slot.Foot, Slot.Foot, Slot.Top), () => EighthWire.Credit(r, c));
                Maybe(0.5, Slot.Foot, () => EighthWire.ServiceCode(r, c));
                Maybe(0.6, Slot.Foot, () => EighthWire.ReleaseEnd(r));
                Maybe(0.2, r.Pick(Slot.Top, Slot.Middle), () => EighthWidgets.Caption(r, c));
                break;
            default:
                Maybe(0.5, r.Pick(Slot.Foot, Slot.Top, Slot.Middle), () => EighthPlugs.AppDownload(r, c));
                Maybe(0.5, r.Pick(Slot.Foot, Slot.Middle), () => EighthPlugs.Channel(r, c));
                Maybe(0.4, r.Pick(Slot.Foot, Slot.Middle), () => EighthPlugs.Wall(r, c));
                Maybe(0.3, r.Pick(Slot.Foot, Slot.Middle), () => EighthWidgets.Poll(r));
                Maybe(0.4, Slot.Top, () => EighthWidgets.Views(r));
                Maybe(0.4, Slot.Top, () => EighthHead.Dateline(r, c));
                Maybe(0.25, Slot.Middle, () => EighthWidgets.GalleryCount(r));
                break;
        }
    }

    // Foot pieces are gathered first and shuffled: a page's foot comes in any order.
    public static void Place(DressingRandom r, EighthPage page, List<Chrome> foot, Slot slot, Chrome chrome)
    {
        if (slot == Slot.Foot)
        {
            foot.Add(chrome);
        }
        else if (chrome.Piece.Glued && slot is not (Slot.Lead or Slot.End))
        {
            page.Add(slot, chrome with { Raw = [chrome.Piece.Lines[0]] }, r);
        }
        else if (!chrome.Piece.Glued && slot is Slot.Lead or Slot.End)
        {
            page.Add(slot == Slot.Lead ? Slot.Top : Slot.Foot, chrome, r);
        }
        else
        {
            page.Add(slot, chrome, r);
        }
    }

    // A print story leaves its page: the jump line, the line that picks it up, and the
    // paragraph before the jump printed again at the head of the new column.
    private static void ColumnJump(DressingRandom r, EighthPage page, List<Chrome> foot)
    {
        if (r.Chance(0.45) && page.StoryCount >= 3)
        {
            var after = r.Between(1, page.StoryCount - 2);
            page.AddAfter(after, EighthPrint.Jump(r));
            if (r.Chance(0.7))
            {
                page.AddAfter(after, EighthPrint.Continued(r));
            }
            if (page.ParagraphAt(after - 1) is { Length: >= 60 } repeated)
            {
                page.AddAfter(after, Chrome.Of(NoiseKind.Repeat, repeated));
            }
        }
        else if (r.Chance(0.4))
        {
            Place(r, page, foot, r.Pick(Slot.End, Slot.Foot), r.Chance(0.5) ? Glue(EighthPrint.Jump(r)) : EighthPrint.Jump(r));
        }
    }

    private static Chrome GluedMore(DressingRandom r) => Glue(Chrome.Of(NoiseKind.MoreLink,
        r.Pick("… اقرأ المزيد", "... للمزيد", "[…] Read more", "»» تابع القراءة", "(رابط الخبر)", "… المزيد على الموقع", "[اقرأ الخبر كاملاً]")));

    // Chrome written onto the end of the last paragraph, after a space or nothing.
    public static Chrome Glue(Chrome chrome) =>
        new(chrome.Piece with { Glued = true }, [" " + chrome.Raw[0]], chrome.Plain);
}

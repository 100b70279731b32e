namespace BlazorReader.Bench.Cleaning.Eighteenth;

// The lightest dressing: a copy that brought one thing along and nothing else — a page jump
// glued to a line, a message's time after the last word, «view in browser» on top, the
// app's «next story» under the end. Density runs from this to the full portals.
internal sealed class LonePiece(OtherStories stories) : IPageFamily
{
    public void Dress(DressingRandom r, PageDraft page)
    {
        switch (r.Next(5))
        {
            case 0 when page.Count >= 2:
                page.Glue(r.Next(page.Count - 1), NoiseKind.MoreLink, $"{r.Pick("(التتمة ص", "(البقية ص", "... ص")} {Ink.Plain(r, r.Between(3, 30))}{r.Pick(")", "")}", " ", before: false);
                break;
            case 1:
                page.Glue(page.Count - 1, NoiseKind.Dateline, $"{Ink.Time(r)}{r.Pick(" ✓✓", "")}", r.Pick(" ", "\u00A0"), before: false);
                break;
            case 2:
                page.Top(Furniture.Piece(r, NoiseKind.MoreLink, r.Pick("عرض في المتصفح", "اعرض هذه الرسالة في المتصفح")));
                break;
            case 3 when stories.Titles(r, page, 1) is [var next]:
                page.Bottom(Furniture.Teasers(r, NoiseKind.Teaser, [$"{r.Pick("الخبر التالي", "التالي ◀")}: {next}"], [next]));
                break;
            default:
                page.Bottom(Furniture.Piece(r, NoiseKind.Share, r.Pick("🔊 استمع للخبر", "أرسلها لصديق", "حفظ لوقت لاحق 🔖")));
                break;
        }
    }
}

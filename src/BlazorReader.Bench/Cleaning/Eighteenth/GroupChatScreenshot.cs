namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A screenshot of a family or neighbourhood group read by OCR: the phone's status bar, the
// group's name and members, «forwarded many times», the sender, the message's time and
// ticks glued to its last line, reactions, members' replies, the message box.
internal sealed class GroupChatScreenshot : IPageFamily
{
    private static readonly string[] Groups = ["أخبار الحي 🏘", "العائلة ❤️", "دفعة ٢٠٠٥", "أهل الديرة", "مجموعة الأخبار العاجلة", "أولياء أمور الصف الرابع"];

    private static readonly string[] Replies = ["جزاك الله خير", "الله يستر", "صح الخبر؟ 🤔", "👍", "منقول للفائدة", "الله يحفظ الجميع", "تم، شكرًا"];

    public void Dress(DressingRandom r, PageDraft page)
    {
        if (r.Chance(0.7))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Counter, Ink.Row(r, Ink.Some(r, [Ink.Time(r), r.Pick("4G", "LTE", "5G", "▂▄▆"), Ink.Num(r, r.Between(8, 99)) + "٪"], 2))));
        }
        page.Top(Furniture.Piece(r, NoiseKind.Footer, Ink.Some(r, [
            r.Pick(Groups),
            $"{r.Pick(DressingPools.FirstNames)}، {r.Pick(DressingPools.FirstNames)}، أنت و{Ink.Num(r, r.Between(5, 250))} آخرون",
        ], 1)));
        if (r.Chance(0.6))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Share, r.Pick("↪ تمت إعادة التوجيه", "تمت إعادة توجيهها كثيرًا", "Forwarded", "⏩ معاد توجيهه")));
        }
        page.Top(Furniture.Piece(r, NoiseKind.Byline, r.Chance(0.7)
            ? r.Pick("~ ", "", "~ ") + DressingPools.PersonName(r)
            : Ink.Latin(r, "+966 5" + r.Letters(1, "0345") + " " + r.Letters(3, "0123456789") + " " + r.Letters(4, "0123456789"))));
        if (page.Title is not null && r.Chance(0.5))
        {
            page.Top(Furniture.Headline(r, page, r.Pick("*", "🔴 ", "عاجل | ", "")));
        }
        page.Glue(page.Count - 1, NoiseKind.Dateline, $"{Ink.Time(r)}{r.Pick(" ✓✓", " ✔✔", "", " ✓")}", r.Pick(" ", "  ", "\u00A0"), before: false);
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Counter, string.Join(" ", Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Pick("👍", "❤️", "😮", "🙏", "😢") + " " + Ink.Num(r, r.Between(1, 40))))));
        }
        var replies = r.Between(0, 3);
        for (var i = 0; i < replies; i++)
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, $"{r.Pick(DressingPools.FirstNames)}: {r.Pick(Replies)}{r.Pick("", "  " + Ink.Time(r))}"));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, r.Pick("اكتب رسالة", "☺ اكتب رسالة 📎 📷 🎤", "لا يمكنك إرسال الرسائل إلى هذه المجموعة")));
        }
    }
}

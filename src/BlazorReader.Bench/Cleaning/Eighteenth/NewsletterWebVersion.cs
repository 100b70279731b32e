namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A paper's e-mail newsletter opened in the browser: «view in browser» on top, the issue
// line and greeting, today's contents (other stories), a one-line digest of the story
// repeating its lead, the editor's sign-off, and the unsubscribe block.
internal sealed class NewsletterWebVersion(OtherStories stories) : IPageFamily
{
    public void Dress(DressingRandom r, PageDraft page)
    {
        var paper = r.Pick(DressingPools.Papers);
        var day = Ink.Day(page.Source, r);
        if (r.Chance(0.7))
        {
            page.Top(Furniture.Piece(r, NoiseKind.MoreLink, r.Pick("لا تظهر الرسالة بشكل صحيح؟ اعرضها في المتصفح", "عرض في المتصفح", "افتح النسخة الكاملة على الويب", "View in browser | عرض في المتصفح")));
        }
        page.Top(Furniture.Piece(r, NoiseKind.Dateline, $"{r.Pick("نشرة", "النشرة الصباحية من", "موجز")} {paper}{Ink.Bar(r)}{r.Pick("العدد", "#")}{Ink.Num(r, r.Between(12, 900))}{Ink.Bar(r)}{Ink.Date(r, day)}"));
        if (r.Chance(0.5))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Footer, r.Pick($"صباح الخير {r.Pick(DressingPools.FirstNames)}،", "مرحبًا بك في نشرة اليوم،", "أهلًا بكم من جديد،", "مساء الخير،")));
        }
        if (r.Chance(0.6) && stories.Titles(r, page, r.Between(2, 4)) is { Count: > 0 } inside)
        {
            page.Top(Furniture.Teasers(r, NoiseKind.Teaser, [r.Pick("في نشرة اليوم:", "أبرز ما في هذا العدد", "اقرأ في هذه الرسالة:"), .. inside.Select(t => Ink.Bullet(r) + " " + t)], inside));
        }
        if (page.Title is not null && r.Chance(0.5))
        {
            page.Top(Furniture.Headline(r, page, r.Chance(0.3) ? r.Pick("① ", "١. ", "▌", "القصة الأولى: ") : null));
        }
        var lead = DressingPools.LeadSentence(page.Source.Text);
        if (r.Chance(0.4) && lead.Length >= 20)
        {
            page.Top(Furniture.Piece(r, NoiseKind.Repeat, $"{r.Pick("باختصار", "الخلاصة", "في سطر", "لماذا يهمك؟")}: {lead}"));
        }
        if (page.Count > 2 && r.Chance(0.4) && stories.Related(r, page) is { } also)
        {
            page.At(r.Between(2, page.Count), Furniture.Teasers(r, NoiseKind.ReadAlso, [$"{r.Pick("ذو صلة", "اقرأ أيضًا", "للمزيد حول الموضوع")}{r.Separator(":", "←", "|")}{also}"], [also]));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Share, r.Pick("أعجبتك النشرة؟ أرسلها لصديق", "شارك النشرة", "إعادة توجيه إلى صديق") + r.Pick("", " ✉️", " →")));
        }
        if (r.Chance(0.6))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Signature, Ink.Some(r, [
                r.Pick("حتى الغد،", "نلقاكم في العدد القادم،", "إلى اللقاء،", "مع التحية،"),
                $"{DressingPools.PersonName(r)}{r.Pick("، محرر النشرة", " | فريق النشرة", "")}",
            ], 2)));
        }
        page.Bottom(Furniture.Piece(r, NoiseKind.Footer, Ink.Some(r, [
            $"وصلتك هذه الرسالة لأنك مشترك في نشرة {paper}.",
            Ink.Row(r, Ink.Some(r, ["إلغاء الاشتراك", "تحديث التفضيلات", "سياسة الخصوصية", "أرشيف النشرة"], 2)),
            r.Pick("هل وصلتك هذه النشرة من صديق؟ اشترك الآن", "أضف عنواننا إلى جهات الاتصال حتى لا تصل رسائلنا إلى البريد غير المرغوب فيه"),
        ], 1)));
    }
}

namespace BlazorReader.Bench.Cleaning.Eighteenth;

// An Islamic affairs ministry's or endowment's site: the news item under dates in both
// calendars, beside the coming Friday sermon's topic, the week's lessons by mosque, the
// sermon's download buttons and the reads counter.
internal sealed class IslamicAffairsSite(OtherStories stories) : IPageFamily
{
    private static readonly string[] Topics = ["فضل صلة الرحم", "حقوق الجار", "الأمن نعمة", "التحذير من الشائعات", "الاعتدال في الإنفاق", "بر الوالدين", "المحافظة على المال العام"];

    private static readonly string[] Books = ["كتاب التوحيد", "الأربعين النووية", "عمدة الأحكام", "رياض الصالحين", "الأصول الثلاثة", "بلوغ المرام"];

    private static readonly string[] Prayers = ["الفجر", "المغرب", "العشاء", "العصر"];

    public void Dress(DressingRandom r, PageDraft page)
    {
        var day = Ink.Day(page.Source, r);
        page.Top(Furniture.Piece(r, NoiseKind.Tags, string.Join(r.Pick(" / ", " › ", " ‹ "), Ink.Some(r, ["الرئيسية", "أخبار الوزارة", r.Pick("الدعوة والإرشاد", "المساجد", "الأوقاف", "الفروع")], 2))));
        if (page.Title is not null && r.Chance(0.5))
        {
            page.Top(Furniture.Headline(r, page));
            page.DropTitle = r.Chance(0.3);
        }
        page.Top(Furniture.Piece(r, NoiseKind.Dateline, $"{Ink.Hijri(r)}{r.Pick(" الموافق ", " - ", " | ")}{Ink.Date(r, day)}"));
        if (r.Chance(0.5))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Counter, $"{r.Pick("عدد القراءات", "زيارات", "مرات القراءة")}: {Ink.Num(r, r.Between(12, 9000))}"));
        }
        if (r.Chance(0.4))
        {
            var agency = r.Pick(DressingPools.Agencies);
            page.Bottom(Furniture.Credit(r, $"{r.Pick("المصدر", "المصدر:", "نقلًا عن")} {agency}", agency));
        }
        if (r.Chance(0.6))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, Ink.Some(r, [
                $"{r.Pick("موضوع خطبة الجمعة القادمة", "خطبة الجمعة الموحدة")}: {r.Pick(Topics)}",
                Ink.Row(r, ["تحميل الخطبة PDF", "الاستماع للخطبة", "الخطب السابقة"]),
            ], 1)));
        }
        if (r.Chance(0.5))
        {
            var lessons = Enumerable.Range(0, r.Between(2, 4)).Select(_ =>
                $"{r.Pick("الأحد", "الاثنين", "الثلاثاء", "الأربعاء")} بعد صلاة {r.Pick(Prayers)}{Ink.Bar(r)}شرح {r.Pick(Books)}{Ink.Bar(r)}الشيخ {DressingPools.PersonName(r)}{Ink.Bar(r)}جامع {r.Pick(DressingPools.FamilyNames)}");
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, [r.Pick("جدول الدروس العلمية", "الدروس والمحاضرات هذا الأسبوع", "الكلمات الدعوية"), .. lessons]));
        }
        if (r.Chance(0.4) && stories.Titles(r, page, r.Between(2, 3)) is { Count: > 0 } more)
        {
            page.Bottom(Furniture.Teasers(r, NoiseKind.Teaser, [r.Pick("أخبار ذات علاقة", "من أخبار الوزارة"), .. more.Select(t => Ink.Bullet(r) + " " + t)], more));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Share, Ink.Row(r, Ink.Some(r, ["طباعة", "إرسال بالبريد", "مشاركة", "حفظ"]))));
        }
        page.Bottom(Furniture.Piece(r, NoiseKind.Footer, r.Pick("جميع الحقوق محفوظة لوزارة الشؤون الإسلامية والدعوة والإرشاد", "© الإدارة العامة للأوقاف والمساجد", "بلاغات المساجد: " + StoryWords.Unified(r))));
    }
}

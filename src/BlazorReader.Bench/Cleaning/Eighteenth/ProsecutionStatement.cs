namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A prosecution office's or court's statements page: the office's name, the statement's
// number, a record line with court and case, then the reporting line, the publication ban
// notice, the print buttons and the office's signature under the statement.
internal sealed class ProsecutionStatement(OtherStories stories) : IPageFamily
{
    private static readonly string[] Offices = ["النيابة العامة", "هيئة التحقيق والادعاء العام", "المحكمة الجزائية المتخصصة", "ديوان المظالم", "المجلس الأعلى للقضاء"];

    public void Dress(DressingRandom r, PageDraft page)
    {
        var office = r.Pick(Offices);
        var day = Ink.Day(page.Source, r);
        page.Top(Furniture.Piece(r, NoiseKind.Byline, $"{office}{Ink.Bar(r)}{r.Pick("المكتب الإعلامي", "إدارة الإعلام", "المتحدث الرسمي")}"));
        page.Top(Furniture.Piece(r, NoiseKind.Counter, $"{r.Pick("بيان رقم", "بيان صحفي رقم", "تعميم رقم")} ({Ink.Digits(r, $"{r.Between(1, 240)}/{day.Year}")})"));
        if (r.Chance(0.5))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Tags, Ink.Row(r, Ink.Some(r, [
                $"الجهة: {r.Pick("الدائرة الجزائية", "دائرة الأحداث", "النيابة العامة بالمنطقة")}",
                $"التصنيف: {r.Pick("قضايا الرأي العام", "جرائم معلوماتية", "قضايا مالية", "أحكام نهائية")}",
                $"رقم القيد: {Ink.Digits(r, r.Letters(6, "0123456789"))}",
            ], 2))));
        }
        page.Top(Furniture.Piece(r, NoiseKind.Dateline, $"{r.Pick("صدر في", "تاريخ البيان:", "")} {Ink.Date(r, day)}".Trim()));
        if (page.Title is not null && r.Chance(0.5))
        {
            page.Top(Furniture.Headline(r, page));
        }
        if (r.Chance(0.45))
        {
            StoryExtras.Put(page, page.Count, StatementLookalikes.Closing(r));
        }
        if (r.Chance(0.7))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Signature, r.Pick($"المكتب الإعلامي لـ{office}", $"{office} — {r.Pick(StoryWords.LocalCities)}", $"المتحدث الرسمي باسم {office}", $"{r.Pick("الإدارة العامة للإعلام", "إدارة التواصل")} — {office}")));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, r.Pick(
                "تنويه: يُحظر نشر أسماء المتهمين أو صورهم قبل صدور حكم نهائي.",
                "للإبلاغ عن الجرائم والمخالفات: " + StoryWords.Phone(r),
                "تذكّر: نشر الشائعات والمعلومات غير الموثقة يعرّض صاحبه للمساءلة.")));
        }
        if (r.Chance(0.4))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Share, Ink.Row(r, Ink.Some(r, ["طباعة البيان", "حفظ PDF", "نسخ الرابط", "مشاركة"]))));
        }
        if (r.Chance(0.4) && stories.Titles(r, page, r.Between(1, 3)) is { Count: > 0 } more)
        {
            page.Bottom(Furniture.Teasers(r, NoiseKind.Teaser, [r.Pick("بيانات سابقة", "أحدث البيانات", "بيانات ذات صلة"), .. more.Select(t => Ink.Date(r, day.AddDays(-r.Between(2, 60))) + Ink.Bar(r) + t)], more));
        }
    }
}

namespace BlazorReader.Bench.Cleaning.Eighteenth;

// The story copied out of a newsroom's shared online document: the editor's menu bar, who
// edited last and when, suggestion marks glued to lines, margin comments with their
// replies and «resolved», the word count, the sharing button and the «prepared by» line.
internal sealed class SharedDocument : IPageFamily
{
    public void Dress(DressingRandom r, PageDraft page)
    {
        if (r.Chance(0.6))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Footer, Ink.Row(r, Ink.Some(r, ["ملف", "تعديل", "عرض", "إدراج", "تنسيق", "أدوات", "الإضافات", "مساعدة"], 4))));
        }
        if (r.Chance(0.7))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Dateline, r.Pick("آخر تعديل أجراه ", "عدّله ", "آخر تعديل: ") + DressingPools.PersonName(r) + " " + r.Pick("قبل " + Ink.Num(r, r.Between(2, 50)) + " دقيقة", "أمس في " + Ink.Time(r), "في " + Ink.Date(r, Ink.Day(page.Source, r)))));
        }
        if (r.Chance(0.5))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Share, r.Pick("مشاركة 🔒", "مشاركة", "وضع الاقتراح ▾", "عرض فقط · طلب إذن التعديل")));
        }
        if (page.Title is not null && r.Chance(0.6))
        {
            page.Top(Furniture.Headline(r, page, r.Chance(0.3) ? r.Pick("العنوان: ", "عنوان مقترح: ", "[عنوان] ") : null));
            page.DropTitle = r.Chance(0.5);
        }
        if (r.Chance(0.5))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Byline, $"{r.Pick("إعداد", "كتابة", "المحرر")}: {DressingPools.PersonName(r)}{r.Pick("", Ink.Bar(r) + "مراجعة: " + DressingPools.PersonName(r), Ink.Bar(r) + "تدقيق: " + DressingPools.PersonName(r))}"));
        }
        var marks = r.Between(0, Math.Min(3, page.Count));
        for (var i = 0; i < marks; i++)
        {
            page.Glue(r.Next(page.Count), NoiseKind.Footer, r.Pick(
                $"[اقتراح من {r.Pick(DressingPools.FirstNames)}: حذف]",
                $"[{r.Pick(DressingPools.FirstNames)}: تحقق من الرقم]",
                "[مصدر؟]", "[بحاجة إلى تأكيد]", "(اقتراح: إعادة الصياغة)"), " ", before: false);
        }
        var comments = r.Between(0, 2);
        for (var i = 0; i < comments; i++)
        {
            var who = DressingPools.PersonName(r);
            var lines = new List<string>
            {
                $"{who}{r.Pick(" ", " · ", "  ")}{Ink.Time(r)}",
                r.Pick("هل لدينا تصريح رسمي بهذا؟", "@" + r.Pick(DressingPools.FirstNames) + " يرجى مراجعة هذه الفقرة", "أقترح نقل هذه الفقرة إلى الأعلى", "الرقم مختلف عما نشرته الوكالة"),
            };
            if (r.Chance(0.5))
            {
                lines.Add(r.Pick("تم الحل", "✓ تم وضع علامة كمحلول", "رد: تم التعديل", "إعادة فتح"));
            }
            page.At(r.Between(1, page.Count), Furniture.Piece(r, NoiseKind.Footer, lines));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Counter, r.Pick(
                $"{Ink.Num(r, r.Between(180, 1400))} كلمة",
                $"صفحة {Ink.Num(r, 1)} من {Ink.Num(r, r.Between(2, 4))}",
                $"عدد الكلمات: {Ink.Num(r, r.Between(180, 1400))}{Ink.Bar(r)}عدد الأحرف: {Ink.Num(r, r.Between(900, 8000))}")));
        }
        if (r.Chance(0.3))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, r.Pick("جارٍ الحفظ...", "تم حفظ جميع التغييرات في المستند", "غير متصل: ستُحفظ التعديلات عند الاتصال")));
        }
    }
}

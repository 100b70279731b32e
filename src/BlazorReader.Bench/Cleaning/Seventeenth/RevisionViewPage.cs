namespace BlazorReader.Bench.Cleaning.Seventeenth;

// A story copied from a newsroom system's revision view: the revision's number and status,
// the fields of the title and its search-engine twin, word and character counts, an editor's
// note left in brackets between paragraphs, who wrote, revised and approved it, and the
// view's buttons. Status lines with a stamp are Dateline, counts Counter, names Signature.
internal static class RevisionViewPage
{
    public static void Dress(PageDraft page, DressingRandom r)
    {
        var editor = DressingPools.PersonName(r);
        var edited = page.When.AddMinutes(r.Between(5, 300));
        var revision = r.Between(2, 14);
        page.Head.Add(Segment.Furniture(NoiseKind.Dateline,
            r.Pick("المراجعة رقم ", "النسخة ", "Revision #", "مراجعة ") + r.Number(revision) + r.Pick(" — آخر تعديل: ", " | حُفظت في ", " · ") + Stamps.Arabic(edited, r) + " " + Stamps.Clock(edited, r)));
        page.Head.Add(Segment.Furniture(NoiseKind.Byline, r.Pick("بواسطة: ", "عدّلها: ", "المحرر المسؤول: ", "آخر تعديل بواسطة ") + editor).Close());
        page.Head.Add(Segment.Furniture(NoiseKind.Tags, [.. Marks.Row([
            r.Pick("الحالة: ", "حالة النشر: ") + r.Pick("منشور", "مجدول", "بانتظار المراجعة", "مسودة"),
            r.Pick("القسم: ", "التصنيف: ") + r.Pick("محليات", "اقتصاد", "دوليات", "رياضة", "منوعات"),
            r.Pick("الأولوية: عادية", "الموقع: الصفحة الرئيسية", "النوع: خبر")], r)]).Close());
        if (page.Title is { } title)
        {
            var heads = new List<string> { r.Pick("العنوان الرئيسي: ", "العنوان: ", "عنوان الخبر: ") + title };
            if (r.Chance(0.5))
            {
                heads.Add(r.Pick("عنوان محركات البحث (SEO): ", "SEO title: ", "العنوان المختصر: ") + title + r.Pick(" | ", " - ") + r.Pick(DressingPools.Papers));
            }
            page.Head.Add(Segment.Furniture(NoiseKind.Headline, [.. heads]));
            page.TitleKept = r.Chance(0.5);
        }
        var words = page.Paragraphs.Sum(p => p.Split(' ').Length);
        page.Head.Add(Segment.Furniture(NoiseKind.Counter, [.. Marks.Row([
            r.Pick("عدد الكلمات: ", "الكلمات: ") + r.Number(words), r.Pick("عدد الأحرف: ", "الأحرف: ") + r.Number(page.Paragraphs.Sum(p => p.Length)),
            r.Pick("وقت القراءة: ", "مدة القراءة ") + r.Number(Math.Max(1, words / 200)) + r.Pick(" دقائق", " د", " دقيقة")], r)]));
        if (r.Chance(0.7))
        {
            page.Inside(r).Add(Segment.Furniture(NoiseKind.Signature, r.Pick("[", "((", "[[", "【") + r.Pick("ملاحظة المحرر: ", "ملاحظة داخلية: ", "للمراجعة: ") + r.Pick(
                "يرجى التحقق من الرقم قبل النشر", "تأكدوا من تهجئة الاسم", "بانتظار صورة من المصور", "تُحدّث الفقرة بعد وصول البيان", "لا تنشر قبل الساعة " + Stamps.Clock(edited, r))
                + r.Pick(" — ", " - ", "، ") + r.Pick(DressingPools.FirstNames) + r.Pick("]", "))", "]]", "】")));
        }
        var tail = new List<Segment>
        {
            Segment.Furniture(NoiseKind.Signature, [.. Marks.Row([
                r.Pick("أنشأه: ", "الكاتب: ", "المحرر: ") + DressingPools.PersonName(r), r.Pick("راجعه: ", "المدقق: ") + editor,
                r.Pick("اعتمده: ", "مدير التحرير: ") + DressingPools.PersonName(r)], r)]),
            Segment.Furniture(NoiseKind.Share, [.. Marks.Row(Marks.Some(["استعادة هذه المراجعة", "مقارنة بالسابقة", "معاينة", "تعديل", "نشر", "سجل التغييرات"], 2, 4, r), r)]),
        };
        if (r.Chance(0.5))
        {
            tail.Add(Segment.Furniture(NoiseKind.Counter, r.Pick("+ ", "＋") + r.Number(r.Between(1, 6)) + r.Pick(" فقرات أضيفت", " إضافات") + r.Pick(" / ", " | ", " ") + "− " + r.Number(r.Between(1, 4)) + r.Pick(" حذف", " فقرة حُذفت")).Close());
        }
        page.Tail.AddRange(tail.OrderBy(_ => r.Next(5)));
    }
}

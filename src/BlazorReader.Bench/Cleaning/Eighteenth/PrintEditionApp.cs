namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A paper's print-edition app, its text view copied: the issue line, the edition's index
// of sections and pages, the page the story sits on, the jump «continued on page 7» glued
// to a line with «continued from page 1» over the rest, «read in this issue», and the
// buttons to download the issue or subscribe.
internal sealed class PrintEditionApp(OtherStories stories) : IPageFamily
{
    private static readonly string[] PrintPapers = ["الرياض", "عكاظ", "المدينة", "الوطن", "اليوم", "الجزيرة", "الشرق الأوسط", "الاقتصادية", "الحياة", "الخليج", "البيان"];

    private static readonly string[] Sections = ["الأولى", "محليات", "اقتصاد", "رياضة", "دوليات", "الرأي", "ثقافة", "الأخيرة", "منوعات"];

    public void Dress(DressingRandom r, PageDraft page)
    {
        var paper = r.Pick(PrintPapers);
        var day = Ink.Day(page.Source, r);
        page.Top(Furniture.Piece(r, NoiseKind.Dateline, $"{paper}{Ink.Bar(r)}{r.Pick("العدد", "عدد")} {Ink.Plain(r, r.Between(14000, 17500))}{Ink.Bar(r)}{Ink.Date(r, day)}"));
        if (r.Chance(0.5))
        {
            var page1 = 1;
            var index = Sections.Where(_ => r.Chance(0.6)).Select(s => $"{s} {Ink.Plain(r, page1 += r.Between(1, 6))}").ToList();
            if (index.Count > 1)
            {
                page.Top(Furniture.Piece(r, NoiseKind.Tags, $"{r.Pick("فهرس العدد", "في هذا العدد", "الأقسام")}: {string.Join(Ink.Bar(r), index)}"));
            }
        }
        page.Top(Furniture.Piece(r, NoiseKind.Counter, $"{r.Pick("الصفحة", "ص", "صفحة")} {Ink.Plain(r, r.Between(2, 40))}{r.Pick(" - ", " | ", " : ")}{r.Pick(Sections)}"));
        if (page.Title is not null && r.Chance(0.6))
        {
            page.Top(Furniture.Headline(r, page));
        }
        if (page.Count >= 3 && r.Chance(0.6))
        {
            var cut = r.Between(1, page.Count - 2);
            var to = Ink.Plain(r, r.Between(4, 36));
            page.Glue(cut, NoiseKind.MoreLink, $"{r.Pick("(التتمة ص", "... التفاصيل ص", "◄ تتمة ص", "(البقية ص")} {to}{r.Pick(")", "", ")")}", " ", before: false);
            page.At(cut + 1, Furniture.Piece(r, NoiseKind.MoreLink, $"{r.Pick("تتمة المنشور ص", "بقية المنشور على الأولى ص", "تابع ما نشر ص")} {Ink.Plain(r, 1)}"));
        }
        if (r.Chance(0.5) && stories.Titles(r, page, r.Between(2, 4)) is { Count: > 0 } issue)
        {
            page.Bottom(Furniture.Teasers(r, NoiseKind.ReadAlso, [r.Pick("اقرأ في العدد", "في صفحات العدد", "اقرأ أيضًا في الورقي"), .. issue.Select(t => $"{t}{r.Pick(" ص", " — ص", " (ص")}{Ink.Plain(r, r.Between(2, 40))}{(r.Chance(0.5) ? ")" : "")}")], issue));
        }
        if (r.Chance(0.6))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Share, Ink.Row(r, Ink.Some(r, ["تحميل العدد PDF", "تصفح الصفحة كاملة", "حفظ القصاصة", "مشاركة"]))));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, r.Pick(
                $"اشترك في النسخة الرقمية بـ{Ink.Num(r, r.Between(15, 45))} ريالًا شهريًا",
                "النسخة الرقمية طبق الأصل من الصحيفة الورقية",
                $"جميع الحقوق محفوظة لمؤسسة {paper} للصحافة والنشر")));
        }
    }
}

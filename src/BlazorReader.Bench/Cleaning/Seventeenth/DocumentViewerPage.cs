namespace BlazorReader.Bench.Cleaning.Seventeenth;

// A story published as a document (a statement's PDF, a slide deck of a briefing) and copied
// out of the site's viewer: the file's name and size, the viewer's toolbar, page and slide
// numbers between paragraphs, the viewer's own note at the end. Numbers are Counter, the
// file's name a Caption, the toolbar Share.
internal static class DocumentViewerPage
{
    public static void Dress(PageDraft page, DressingRandom r)
    {
        var slides = r.Chance(0.5);
        var total = Math.Max(1, Math.Min(page.Paragraphs.Count, r.Between(2, 14)));
        var name = string.Join(r.Pick("_", "-", " "), page.TitleWords.Take(r.Between(1, 3))) + r.Pick("_", "-") + Stamps.N(page.When.Year) + r.Pick(".pdf", ".pptx", ".docx", ".pdf");
        page.Head.Add(Segment.Furniture(NoiseKind.Caption, name + r.Pick("", " (" + Stamps.N(r.Between(90, 4800)) + " KB)", " — " + r.Number(r.Between(1, 9)) + " ميغابايت")));
        page.Head.Add(Segment.Furniture(NoiseKind.Share, [.. Marks.Row(Marks.Some(
            ["تنزيل", "طباعة", "ملء الشاشة", "تكبير ＋", "تصغير －", "مشاركة", "⤓ Download", "🔍 بحث في المستند", "عرض الصفحات المصغرة"], 3, 6, r), r)]).Close());
        var digits = Stamps.Script(r);
        var (word, of) = slides ? r.Pick(("الشريحة ", " من "), ("شريحة ", " / "), ("Slide ", " of ")) : r.Pick(("صفحة ", " من "), ("— صفحة ", " / "), ("Page ", " / "), ("- ", " -"));
        string Mark(int i) => word + digits(Stamps.N(i)) + (of == " -" ? of : of + digits(Stamps.N(total)));
        page.Head.Add(Segment.Furniture(NoiseKind.Counter, Mark(1)));
        var marks = Math.Min(total - 1, Math.Max(0, page.Paragraphs.Count - 1));
        var spots = Enumerable.Range(1, Math.Max(0, page.Paragraphs.Count - 1)).OrderBy(_ => r.Next(1000)).Take(marks).Order().ToList();
        for (var i = 0; i < spots.Count; i++)
        {
            var lines = new List<string> { Mark(i + 2) };
            if (slides && r.Chance(0.3))
            {
                lines.Add(r.Pick("ملاحظات المتحدث", "Speaker notes", "ملاحظات العرض"));
            }
            page.Slots[spots[i]].Add(Segment.Furniture(NoiseKind.Counter, [.. lines]));
        }
        if (r.Chance(0.5))
        {
            page.Tail.Add(Segment.Furniture(NoiseKind.Footer, r.Pick(
                "تم عرض هذا المستند عبر عارض المستندات", "هذا المستند للاطلاع فقط، ويمنع نسخه أو تعديله", "Powered by a document viewer — التحميل غير متاح",
                "سري — للاستخدام الداخلي فقط", "نسخة إلكترونية مطابقة للأصل")));
        }
        if (r.Chance(0.4) && page.Title is { } title)
        {
            page.Head.Insert(0, Segment.Furniture(NoiseKind.Headline, title + r.Pick(" (PDF)", " - عرض تقديمي", " | مستند", "")));
        }
    }
}

namespace BlazorReader.Bench.Cleaning.Ninth;

// A story pasted into a press-clipping report and exported from a word processor: the
// report's header and footer lines, page breaks with «صفحة ٢ من ٣» between paragraphs (the
// paragraph before a break sometimes printed again after it), the clipping's own fields
// (title, paper, date, page) and the document's properties.
public static class DocumentExport
{
    public static void Dress(NinthPage page, NinthStory s, DressingRandom r)
    {
        var pages = r.Between(2, 4);
        var unit = r.Pick("وحدة الرصد الإعلامي", "الرصد الصحفي اليومي", "إدارة الإعلام والاتصال", "المكتب الإعلامي", "نشرة الصحافة");
        if (r.Chance(0.6))
        {
            page.Top(page.Piece(NoiseKind.Footer, $"{unit}{r.Separator("|", "—", "-")}{NinthDates.Gregorian(r, s.Day, s.Region)}{r.Pick("", " | سري", " | للاستخدام الداخلي")}"));
        }
        if (r.Chance(0.6))
        {
            page.Top(page.Piece(NoiseKind.Headline, r.Pick("العنوان", "عنوان الخبر", "الموضوع") + r.Pick(": ", ":", " / ") + s.Title));
        }
        if (r.Chance(0.6))
        {
            var fields = r.Chance(0.5);
            page.Top(page.Piece(NoiseKind.Credit, $"{r.Pick("الصحيفة", "المصدر", "الوسيلة")}: {s.Paper}" + (fields ? $"{r.Pick(" | ", "   ", " - ")}الصفحة: {r.Number(r.Between(1, 32))}" : "")) with { Credit = s.Paper });
        }
        var gaps = Enumerable.Range(0, pages * 2).Select(_ => r.Between(1, Math.Max(1, page.Paragraphs - 1))).Distinct().Take(pages - 1).Order().ToList();
        for (var p = 1; p <= gaps.Count && page.Paragraphs > 1; p++)
        {
            var gap = gaps[p - 1];
            if (r.Chance(0.5))
            {
                page.At(page.Piece(NoiseKind.Footer, r.Pick("--- فاصل صفحة ---", "[فاصل صفحات]", "ـــــــــ فاصل مقطعي (الصفحة التالية) ـــــــــ", "— Page Break —", "=== نهاية الصفحة ===")), gap);
            }
            page.At(page.Piece(NoiseKind.Counter, $"{r.Pick("صفحة", "الصفحة", "Page", "ص")} {r.Number(p)} {r.Pick("من", "/", "of", "من أصل")} {r.Number(pages)}"), gap);
            if (r.Chance(0.3) && gap >= 1)
            {
                page.At(new NoisePiece(NoiseKind.Repeat, [s.Body[gap - 1]]), gap);
            }
        }
        if (r.Chance(0.5))
        {
            page.Bottom(page.Piece(NoiseKind.Footer, r.Pick($"{unit} - {s.Region.Country}", "سري – للاستخدام الداخلي فقط", "جميع المواد المرصودة منقولة عن مصادرها كما نشرت", $"اسم الملف: {r.Pick("خبر", "رصد", "clip")}_{s.Day.ToString("yyyy_MM_dd", System.Globalization.CultureInfo.InvariantCulture)}.{r.Pick("docx", "doc", "odt")}")));
        }
        if (r.Chance(0.4))
        {
            page.Bottom(page.Piece(NoiseKind.Counter, $"{r.Pick("عدد الكلمات", "الكلمات", "Words")}: {r.Number(r.Between(150, 1400))}" + r.Pick("", $" | {r.Pick("عدد الأحرف", "الأحرف")}: {r.Number(r.Between(900, 8000))}")));
        }
    }
}

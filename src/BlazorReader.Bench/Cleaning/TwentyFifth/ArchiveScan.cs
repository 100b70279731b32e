using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// A story from a newspaper archive's digitised page: the microfilm reel and frame, the
// issue and page, the OCR engine's confidence, zone markers between columns and the
// archive's terms. The issue line dates the story, so it is a dateline; the confidence is
// a counter; the rest is the archive's furniture.
internal static class ArchiveScan
{
    public static void Dress(PageDraft page)
    {
        var r = page.R;
        var paper = r.Pick(DressingPools.Papers);
        page.Noise(0, NoiseKind.Footer, r.Next(3) switch
        {
            0 => $"{r.Pick("بكرة ميكروفيلم", "الميكروفيلم رقم", "Reel")} {Digits(r, N(r.Between(10, 900)))}{r.Separator("•", "/", "،")}{r.Pick("إطار", "لقطة", "Frame")} {Digits(r, r.Between(1, 2000).ToString("0000", System.Globalization.CultureInfo.InvariantCulture))}",
            1 => $"الأرشيف الرقمي لصحيفة {paper} — {r.Pick("مجموعة", "مجلد")} {Digits(r, N(r.Between(1, 60)))}",
            _ => $"[{r.Pick("صفحة ممسوحة ضوئياً", "مسح ضوئي", "SCAN")} {Digits(r, N(r.Between(100, 999)))}dpi]",
        }, first: true);
        var issue = r.Next(3) switch
        {
            0 => $"العدد {Digits(r, N(r.Between(9000, 16000)))}{r.Separator("-", "|", "،")}{Date(r, page.Date)}",
            1 => $"{paper}، السنة {Digits(r, N(r.Between(20, 55)))}، العدد {Digits(r, N(r.Between(9000, 16000)))}، ص {Digits(r, N(r.Between(1, 48)))}",
            _ => $"{Date(r, page.Date)} — {r.Pick("الطبعة الأولى", "طبعة الرياض", "الطبعة الدولية")} — {r.Pick("ص", "صفحة")} {Digits(r, N(r.Between(1, 48)))}",
        };
        page.Noise(0, NoiseKind.Dateline, issue);
        if (r.Chance(0.7))
        {
            page.Noise(r.Chance(0.5) ? 0 : page.End, NoiseKind.Counter, r.Pick(
                $"دقة التعرف الضوئي: {Digits(r, N(r.Between(61, 99)))}%",
                $"OCR confidence {Digits(r, $"0.{r.Between(55, 99)}")}",
                $"نسبة الثقة في النص {Digits(r, N(r.Between(61, 99)))}٪ — {r.Pick("راجعه محرر", "لم يراجع")}"));
        }
        var zones = r.Between(0, 2);
        for (var i = 0; i < zones; i++)
        {
            page.Noise(page.Inside(), NoiseKind.Footer, r.Pick(
                $"[{r.Pick("عمود", "منطقة")} {Digits(r, N(r.Between(2, 6)))}]",
                $"<<{r.Pick("تابع في العمود المجاور", "نهاية المنطقة", "منطقة صورة")}>>",
                $"~ {r.Pick("Z", "منطقة ")}{Digits(r, N(r.Between(2, 9)))} ~"));
        }
        if (r.Chance(0.6))
        {
            page.Noise(page.End, NoiseKind.Footer, [r.Pick("نسخة رقمية للاستخدام البحثي فقط", "جميع المواد المؤرشفة محمية بحقوق النشر", "قد يتضمن النص المستخرج أخطاء في التعرف"), Row(r, "عرض الصفحة الأصلية", r.Pick("الإبلاغ عن خطأ", "تصحيح النص"), r.Pick("الاستشهاد", "تنزيل PDF"))]);
        }
        if (r.Chance(0.4))
        {
            page.Story(page.Inside(), r.Pick(
                "ونشرت الصحيفة في عددها الصادر صباح اليوم تفاصيل إضافية عن المشروع.",
                $"ويعود تاريخ المبنى إلى عام {Digits(r, N(r.Between(1930, 1975)))}م.",
                "وكانت الصحيفة قد نشرت قبل أسبوعين أن العمل في المشروع سيبدأ مطلع الشهر."));
        }
    }
}

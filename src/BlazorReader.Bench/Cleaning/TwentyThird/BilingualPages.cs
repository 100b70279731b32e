namespace BlazorReader.Bench.Cleaning.TwentyThird;

// A story copied out of a translation tool's bilingual export: project header, a segment
// status line over some paragraphs (number, match, approval) and the tool's export stamp at
// the end. The status lines sit inside the story, where a cleaner must cut them out one by one.
internal static class BilingualPages
{
    private static readonly string[] Tools = ["Trados", "memoQ", "Smartcat", "MateCat", "Phrase TMS"];

    public static void TranslationExport(PageSheet page, PageKit k)
    {
        var r = k.R;
        var tool = r.Pick(Tools);
        page.Top(CommonChrome.Piece(NoiseKind.Footer, k, r.Pick(
            $"المشروع: {r.Pick("NEWS", "AR-DESK", "PR")}-{k.Plain(r.Between(100, 9999))} | EN → AR | {tool}",
            $"Project {r.Letters(3, "ABCDEFGHJKLMNPRSTUVWXYZ")}-{r.Between(100, 9999)} · en-US > ar-SA",
            $"ملف: {r.Pick("story", "release", "brief")}_{r.Between(1, 99)}.docx.sdlxliff — اللغة الهدف: العربية")));
        if (k.Title.Length >= 3)
        {
            page.Top(CommonChrome.Headline(k));
        }
        var total = page.Count + r.Between(1, 3);
        var style = r.Next(3);
        for (var i = 0; i < page.Count; i++)
        {
            if (!r.Chance(0.6))
            {
                continue;
            }
            var n = i + 2;
            var line = style switch
            {
                0 => $"‹{k.Num(n)}› {r.Pick("✓ مُعتمد", "✎ مسودة", "✓✓ مُراجع")} · {r.Pick("تطابق 100%", "تطابق جزئي 85%", "ترجمة آلية", "جديد")}",
                1 => $"Seg {n}/{total} | {r.Pick("Translated", "Confirmed", "Reviewed", "Draft")} | {r.Pick("MT", "TM 100%", "TM 92%", "New")}",
                _ => $"المقطع {k.Num(n)} من {k.Num(total)}{r.Separator("—", "|")}{r.Pick("مؤكد", "بانتظار المراجعة", "مقفل")}",
            };
            page.Above(i, CommonChrome.Piece(NoiseKind.Counter, k, line));
        }
        page.Bottom(CommonChrome.Piece(NoiseKind.Footer, k, r.Pick(
            $"تم التصدير من {tool} في {k.DateText()} {k.Time()}",
            $"Exported by {tool} · {k.DateText()}",
            $"عدد الكلمات المصدر: {k.Num(r.Between(150, 1800))} · المترجم: {k.Person()}")));
    }
}

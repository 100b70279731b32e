using BlazorReader.Core.Articles;
using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// A story copied out of a CMS's edit screen with the side panels: the SEO plugin's focus
// keyword, readability and score, the meta description (the lead cut short), the slug, the
// word count, the workflow status and who revised it last. All of it is the editor's
// furniture; none is read by a reader of the published story.
internal static class EditorPanel
{
    private static readonly string[] Buttons = ["معاينة", "تحديث", "نقل إلى سلة المهملات", "حفظ كمسودة", "جدولة"];

    public static void Dress(PageDraft page)
    {
        var r = page.R;
        var words = page.Own.Sum(l => l.Split(' ').Length);
        var keyword = page.Title.Split(' ').Where(w => w.Length > 3).OrderBy(_ => r.Next(100)).Take(r.Between(1, 2)).ToList();
        if (keyword.Count > 0)
        {
            page.Noise(r.Chance(0.5) ? 0 : page.End, NoiseKind.Tags, r.Pick("الكلمة المفتاحية: ", "Focus keyphrase: ", "العبارة المستهدفة ▸ ") + string.Join(" ", keyword));
        }
        var score = r.Next(3) switch
        {
            0 => Row(r, $"قابلية القراءة: {r.Pick("جيد ✓", "بحاجة إلى تحسين", "ممتاز")}", $"تحليل SEO: {Digits(r, N(r.Between(30, 98)))}/{Digits(r, "100")}"),
            1 => $"Readability: {r.Pick("OK", "Good", "Needs improvement")} • SEO: {r.Pick("🟢", "🟠", "🔴")}",
            _ => $"{Digits(r, N(r.Between(1, 9)))} {r.Pick("مشكلات", "ملاحظات")} · {Digits(r, N(r.Between(1, 12)))} {r.Pick("تحسينات", "نتائج جيدة")}",
        };
        page.Noise(page.End, NoiseKind.Counter, score);
        if (r.Chance(0.5) && page.Own.Count > 0 && page.Own[0].Length > 90)
        {
            var lead = page.Own[0];
            var cut = lead[..lead.LastIndexOf(' ', Math.Min(lead.Length - 10, r.Between(70, 150)))];
            page.Noise(page.End, NoiseKind.Footer, [r.Pick("الوصف التعريفي:", "Meta description", "مقتطف محركات البحث"), cut + r.Pick("…", " ...", "")]);
        }
        if (r.Chance(0.6))
        {
            var slug = Slug.From(page.Title.Length > 0 ? page.Title : "article");
            page.Noise(page.End, NoiseKind.Footer, r.Pick("الاسم اللطيف (slug): ", "الرابط الثابت: /", "Slug: ") + slug);
        }
        var status = r.Next(4) switch
        {
            0 => $"الحالة: {r.Pick("بانتظار المراجعة", "مسودة", "مجدول للنشر", "منشور")}",
            1 => $"{r.Pick("مسودة", "مراجعة")} • آخر حفظ {Clock(r, page.Date)}",
            2 => Row(r, $"عدد الكلمات: {r.Number(words)}", $"مدة القراءة: {Digits(r, N(Math.Max(1, words / 180)))} د"),
            _ => $"{r.Pick("الحالة", "Status")}: {r.Pick("Pending review", "بانتظار اعتماد رئيس القسم")}",
        };
        page.Noise(r.Chance(0.3) ? 0 : page.End, status.Contains("الكلمات", StringComparison.Ordinal) ? NoiseKind.Counter : NoiseKind.Footer, status);
        if (r.Chance(0.55))
        {
            var editors = Enumerable.Range(0, r.Between(1, 3)).Select(_ => DressingPools.PersonName(r)).Distinct().ToList();
            List<string> lines = r.Chance(0.5)
                ? [$"المراجعات ({Digits(r, N(r.Between(2, 14)))})", .. editors.Select(e => $"{e} — {Clock(r, page.Date.AddMinutes(-r.Next(300)))}")]
                : [$"آخر تعديل بواسطة {editors[0]} في {Date(r, page.Date)}"];
            page.Noise(page.End, NoiseKind.Footer, lines);
        }
        if (r.Chance(0.45))
        {
            page.Noise(page.End, NoiseKind.Share, Row(r, Some(r, Buttons, 2, 4)));
        }
        if (r.Chance(0.3))
        {
            page.Noise(page.Inside(), NoiseKind.Footer, r.Pick("+ إضافة مكوّن", "[ أدخل صورة هنا ]", "⋮⋮ فقرة", "/ اكتب أو اختر مكوّناً"));
        }
        if (r.Chance(0.35))
        {
            page.Story(page.Inside(), r.Pick("الكلمة الفصل في هذا الملف للجنة المختصة.", "ملاحظة: الأرقام الواردة أولية وقابلة للتعديل.", "تحديث: أعلنت الجهة لاحقاً تمديد المهلة أسبوعاً."));
        }
    }
}

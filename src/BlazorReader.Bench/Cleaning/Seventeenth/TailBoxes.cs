namespace BlazorReader.Bench.Cleaning.Seventeenth;

// Boxes a site sets under every story: how to cite it, its licence, its disclaimers (money,
// health, opinion), and the tools of an accessibility overlay captured with the page. Notices
// are Footer; the overlay's controls are Share.
internal static class TailBoxes
{
    public static void Add(PageDraft page, DressingRandom r)
    {
        var boxes = new List<Segment>();
        if (r.Chance(0.45))
        {
            boxes.Add(Citation(page, r));
        }
        if (r.Chance(0.4))
        {
            boxes.Add(Segment.Furniture(NoiseKind.Footer, r.Pick(
                "هذا المحتوى مرخص بموجب رخصة المشاع الإبداعي نسب المصنف 4.0 دولي (CC BY 4.0)",
                "يسمح بإعادة النشر بشرط ذكر المصدر",
                "يُسمح بإعادة نشر المواد بشرط الإشارة إلى المصدر ووضع رابط المقال",
                "Creative Commons: نسب المصنف - غير تجاري - الترخيص بالمثل",
                "جميع المواد المنشورة تخضع لرخصة المشاع الإبداعي ما لم يذكر خلاف ذلك")));
        }
        if (r.Chance(0.5))
        {
            boxes.Add(Segment.Furniture(NoiseKind.Footer, Marks.Stretch(r.Pick("إخلاء مسؤولية: ", "تنويه: ", "تنبيه: ", "ملاحظة: "), r) + r.Pick(
                "المعلومات الواردة في هذا المقال لأغراض إعلامية فقط ولا تعد نصيحة استثمارية.",
                "لا يعد هذا المحتوى نصيحة استثمارية، والتداول ينطوي على مخاطر عالية.",
                "المعلومات الواردة لا تغني عن استشارة الطبيب المختص.",
                "الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الصحيفة.",
                "المقالات المنشورة تعبر عن آراء أصحابها فقط.")));
        }
        if (r.Chance(0.4) || boxes.Count == 0)
        {
            var tools = Marks.Some(["تكبير الخط A+", "تصغير الخط A-", "تباين عالٍ", "تدرج رمادي", "قراءة الصفحة 🔊", "إيقاف الحركة", "خط مقروء", "تمييز الروابط", "إعادة الضبط"], 3, 7, r);
            var lines = new List<string> { r.Pick("أدوات الوصول", "♿ إمكانية الوصول", "سهولة الوصول", "Accessibility") };
            lines.AddRange(Marks.Row(tools, r));
            var overlay = Segment.Furniture(NoiseKind.Share, [.. lines]);
            if (r.Chance(0.5))
            {
                page.Head.Insert(0, overlay);
                return;
            }
            boxes.Add(overlay);
        }
        page.Tail.AddRange(boxes.OrderBy(_ => r.Next(10)));
    }

    // The story cited in the style of a reference list: author, year and date, title, paper.
    private static Segment Citation(PageDraft page, DressingRandom r)
    {
        var family = r.Pick(DressingPools.FamilyNames);
        var first = r.Pick(DressingPools.FirstNames);
        var paper = r.Pick(DressingPools.Papers);
        var title = page.Title ?? string.Join(" ", page.TitleWords);
        var year = Stamps.N(page.When.Year);
        var lines = new List<string> { r.Pick("للاستشهاد بهذا المقال:", "كيف تستشهد بهذا المقال؟", "اقتبس هذا المقال", "Cite this article") };
        if (r.Chance(0.4))
        {
            lines.Add(string.Join(r.Pick(" | ", "  "), Marks.Some(["APA", "MLA", "Chicago", "شيكاغو", "هارفارد"], 2, 3, r)));
        }
        lines.Add(r.Chance(0.6)
            ? $"{family}، {first}. ({year}، {Stamps.DayMonth(page.When)}). {title}. صحيفة {paper}. {r.Pick("تاريخ الاطلاع", "استرجع في")} {Stamps.Arabic(page.When.AddDays(r.Between(1, 400)), r)}."
            : $"{first} {family}، «{title}»، {paper}، {Stamps.Arabic(page.When, r)}، {Links.Page(r)}");
        if (r.Chance(0.3))
        {
            lines.Add(r.Pick("نسخ الاقتباس", "📋 نسخ", "Copy citation"));
        }
        return Segment.Furniture(NoiseKind.Footer, [.. lines]);
    }
}

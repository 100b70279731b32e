using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// A port authority's or a farm ministry's bulletin page carrying a news item: the notice
// number and issuer above it, vessel and berth rows, tide and wind rows, or the day's crop
// and livestock prices beside it. The rows are the bulletin's furniture; a price the story
// itself states in a sentence stays body.
internal static class HarbourBulletin
{
    private static readonly string[] Ports = ["ميناء جدة الإسلامي", "ميناء الملك عبدالعزيز بالدمام", "ميناء ينبع التجاري", "ميناء جازان", "ميناء ضباء", "ميناء رأس تنورة"];

    private static readonly string[] Vessels = ["MSC AURORA", "MAERSK TANJONG", "BAHRI JAZAN", "CMA CGM TAGE", "AL SAFAT", "EVER GIVEN", "NCC DAMMAM", "HAPAG KOBE"];

    private static readonly string[] Crops = ["طماطم", "بطاطس", "بصل أحمر", "خيار", "ليمون", "تمر سكري", "برسيم", "كوسا"];

    public static void Dress(PageDraft page)
    {
        var r = page.R;
        if (r.Chance(0.55))
        {
            Harbour(page);
        }
        else
        {
            Market(page);
        }
        if (r.Chance(0.4))
        {
            page.Story(page.Inside(), r.Pick(
                $"وأوضحت الهيئة أن الرصيف رقم {Digits(r, N(r.Between(1, 40)))} سيبقى مغلقاً حتى إشعار آخر.",
                $"ووصل إلى الميناء أمس {Digits(r, N(r.Between(3, 30)))} سفينة محملة بنحو {Digits(r, N(r.Between(10, 90)))} ألف طن من البضائع.",
                $"وسجل سعر صندوق الطماطم في السوق المركزي {Digits(r, N(r.Between(12, 40)))} ريالاً صباح اليوم."));
        }
    }

    private static void Harbour(PageDraft page)
    {
        var r = page.R;
        var port = r.Pick(Ports);
        var notice = $"{r.Pick("إشعار ملاحي رقم", "تعميم ملاحي", "NOTICE TO MARINERS No.", "نشرة الميناء اليومية —")} {Digits(r, $"{r.Between(1, 240)}/{page.Date.Year}")}";
        page.Noise(0, NoiseKind.Footer, [notice, r.Pick("صادر عن: ", "الجهة: ", "") + r.Pick("إدارة العمليات البحرية", "مركز التحكم بحركة السفن", "الإدارة العامة للموانئ") + " — " + port], first: r.Chance(0.5));
        if (r.Chance(0.7))
        {
            var rows = Enumerable.Range(0, r.Between(2, 4)).Select(_ => Row(r,
                r.Pick(Vessels),
                $"{r.Pick("الرصيف", "رصيف", "Berth")} {Digits(r, N(r.Between(1, 40)))}",
                $"{r.Pick("الوصول", "ETA", "المغادرة")} {Clock(r, page.Date.AddHours(r.Between(-10, 30)))}")).ToList();
            List<string> lines = r.Chance(0.6) ? [Row(r, "السفينة", "الرصيف", "الموعد"), .. rows] : rows;
            page.Noise(r.Chance(0.5) ? page.End : page.Inside(), NoiseKind.Footer, lines);
        }
        if (r.Chance(0.6))
        {
            var high = page.Date.Date.AddHours(r.Between(0, 11)).AddMinutes(r.Next(60));
            List<string> lines =
            [
                $"{r.Pick("المد العالي", "مد", "High tide")} {Clock(r, high)} ({Digits(r, $"{r.Between(1, 2)}.{r.Next(10)}")} م){r.Separator("—", "|", "،")}{r.Pick("الجزر", "جزر", "Low tide")} {Clock(r, high.AddHours(6).AddMinutes(12))}",
                $"{r.Pick("الرياح", "الريح")}: {r.Pick("شمالية غربية", "جنوبية شرقية", "متغيرة الاتجاه")} {Digits(r, $"{r.Between(5, 15)}–{r.Between(16, 35)}")} {r.Pick("عقدة", "كم/س")}{r.Separator("،", "|")}{r.Pick("الموج", "ارتفاع الموج")} {Digits(r, $"{r.Between(0, 2)}–{r.Between(2, 4)}")} م",
            ];
            page.Noise(page.End, NoiseKind.Footer, r.Chance(0.5) ? lines : [lines[1]]);
        }
        if (r.Chance(0.5))
        {
            page.Noise(page.End, NoiseKind.Dateline, r.Pick("سريان الإشعار: ", "يُعمل به اعتباراً من ", "صالح حتى ") + Date(r, page.Date.AddDays(r.Between(0, 5))) + r.Pick("", " الساعة " + Clock(r, page.Date)));
        }
    }

    private static void Market(PageDraft page)
    {
        var r = page.R;
        page.Noise(0, NoiseKind.Footer, $"{r.Pick("النشرة اليومية لأسعار الخضار والفواكه", "نشرة أسواق الماشية", "مؤشر أسعار المنتجات الزراعية")} — {r.Pick("سوق العزيزية", "سوق عتيقة المركزي", "سوق الخضار بالدمام", "سوق الأنعام بالطائف")}");
        var rows = Crops.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5)).Select(c => Row(r,
            c + r.Pick(" (صندوق)", " (كيلو)", "", " (كرتون)"),
            Digits(r, $"{r.Between(5, 20)}–{r.Between(21, 60)}"),
            r.Pick("ريال", "ر.س", "SAR"),
            r.Pick("▲", "▼", "=", "↑", "↓"))).ToList();
        if (r.Chance(0.35))
        {
            rows.Add(Row(r, r.Pick("نعيمي", "نجدي", "حري", "سواكني"), r.Pick("(حي)", "(رأس)"), Digits(r, N(r.Between(900, 2400))), "ريال"));
        }
        page.Noise(r.Chance(0.6) ? page.End : page.Inside(), NoiseKind.Footer, rows);
        if (r.Chance(0.6))
        {
            var source = r.Pick("وزارة البيئة والمياه والزراعة", "الهيئة العامة للإحصاء", "أمانة المنطقة");
            page.Noise(page.End, NoiseKind.Credit, $"{r.Pick("المصدر: ", "البيانات من ", "مصدر الأسعار — ")}{source} — {Date(r, page.Date)}", credit: source);
        }
    }
}

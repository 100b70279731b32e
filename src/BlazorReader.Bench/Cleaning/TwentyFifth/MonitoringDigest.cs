using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// A media-monitoring digest's item: the item number, the monitored station or paper, the
// time in GMT, the language, «(نص)» markers, the translator, and the end-of-item line. The
// monitor's header says where and when the item was caught, so it is the item's dateline;
// the translator's credit is a byline.
internal static class MonitoringDigest
{
    private static readonly string[] Stations = ["إذاعة الرياض", "القناة الأولى السعودية", "قناة الإخبارية", "إذاعة مونت كارلو الدولية", "صحيفة " + "عكاظ", "موقع سبق الإلكتروني", "إذاعة جدة"];

    public static void Dress(PageDraft page)
    {
        var r = page.R;
        var total = r.Between(8, 60);
        var item = r.Between(1, total);
        page.Noise(0, NoiseKind.Footer, r.Next(3) switch
        {
            0 => $"{r.Pick("نشرة الرصد الإعلامي", "الملخص الصحفي اليومي", "Media Monitoring Digest")} — {r.Pick("البند", "المادة", "Item")} {Digits(r, N(item))} {r.Pick("من", "/")} {Digits(r, N(total))}",
            1 => $"[{Digits(r, N(item))}] {r.Pick("رصد", "متابعة")} — {r.Pick("الشأن المحلي", "الاقتصاد", "الخليج")}",
            _ => $"{r.Pick("ملف", "ملحق")} الرصد رقم {Digits(r, $"{page.Date.Month}{page.Date.Day:00}-{item}")}",
        }, first: true);
        var station = r.Pick(Stations);
        var gmt = page.Date.AddHours(-3);
        var header = r.Next(3) switch
        {
            0 => Row(r, $"المصدر المرصود: {station}", $"التوقيت: {Digits(r, $"{gmt.Hour:00}{gmt.Minute:00}")} غرينتش", $"اللغة: {r.Pick("العربية", "الإنجليزية", "الفارسية")}"),
            1 => $"{station} {r.Pick("بالعربية", "(بالإنجليزية)")} {Clock(r, gmt)} GMT {Date(r, page.Date)}",
            _ => $"{station}، {Date(r, page.Date)}{r.Separator("-", "،")}الساعة {Digits(r, $"{gmt.Hour:00}{gmt.Minute:00}")} ت.غ",
        };
        page.Noise(0, NoiseKind.Dateline, r.Scuff(header));
        if (r.Chance(0.7))
        {
            page.Noise(0, NoiseKind.Footer, r.Pick("(نص)", "(نص كامل)", "[النص]", "(مقتطفات)", "(ملخص)"));
        }
        if (r.Chance(0.5))
        {
            page.Noise(r.Chance(0.5) ? 0 : page.End, NoiseKind.Byline, $"{r.Pick("ترجمة", "ترجمة ومتابعة", "رصد وترجمة")}: {r.Pick("وحدة الرصد", DressingPools.PersonName(r))}");
        }
        if (r.Chance(0.4))
        {
            page.Noise(page.Inside(), NoiseKind.Footer, r.Pick("[...]", "(انقطاع في البث)", "[غير مسموع]", "(حذف جزء)"));
        }
        page.Noise(page.End, NoiseKind.Footer, r.Pick("— نهاية البند —", "(انتهى النص)", $"{r.Pick("المادة التالية", "البند التالي")}: {Digits(r, N(Math.Min(total, item + 1)))}", "//نهاية//"));
        if (r.Chance(0.4))
        {
            page.Noise(page.End, NoiseKind.Footer, r.Pick("للاستخدام الداخلي فقط — يُحظر التداول", "سري — غير مخصص للنشر", "هذا الملخص لا يعبر عن رأي الجهة"));
        }
        if (r.Chance(0.45))
        {
            page.Story(page.Inside(), r.Pick(
                $"وقال المذيع في نشرة الساعة {Clock(r, page.Date)} إن الاستعدادات اكتملت.",
                "وأضاف في تصريح للإذاعة: «سنعلن التفاصيل خلال أيام».",
                "ونقلت القناة عن شهود عيان أن الحركة عادت إلى طبيعتها."));
        }
    }
}

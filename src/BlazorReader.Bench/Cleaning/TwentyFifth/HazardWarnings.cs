using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// A meteorology or seismology centre's warning page with a news item: the alert colour strip,
// the validity window «ساري من … حتى …», an earthquake's magnitude, depth and coordinates, the
// areas list and the centre as source. The story's own advice to the public stays body.
internal static class HazardWarnings
{
    private static readonly string[] Regions = ["منطقة مكة المكرمة", "منطقة عسير", "منطقة جازان", "منطقة الباحة", "المنطقة الشرقية", "منطقة تبوك", "منطقة نجران", "منطقة الرياض"];

    public static void Dress(PageDraft page)
    {
        var r = page.R;
        if (r.Chance(0.6))
        {
            Weather(page);
        }
        else
        {
            Quake(page);
        }
        if (r.Chance(0.45))
        {
            page.Story(r.Chance(0.5) ? page.End : page.Inside(), r.Pick(
                "ودعا المركز إلى الابتعاد عن مجاري الأودية وعدم المجازفة بعبورها.",
                "وأكدت الجهات المختصة أنه لم تسجل أي أضرار بشرية أو مادية.",
                $"وتراوحت قوة الهزة بين {Digits(r, "3.1")} و{Digits(r, "3.6")} درجات على مقياس ريختر بحسب الرصد الأولي.",
                "تحذير: يرجى عدم الاقتراب من السواحل خلال فترة ارتفاع الموج."));
        }
    }

    private static void Weather(PageDraft page)
    {
        var r = page.R;
        var colour = r.Pick(("أحمر", "🔴"), ("برتقالي", "🟠"), ("أصفر", "🟡"));
        var hazard = r.Pick("أمطار غزيرة وسيول", "رياح نشطة مثيرة للأتربة", "ضباب كثيف", "ارتفاع في درجات الحرارة", "عواصف رعدية");
        var strip = r.Next(4) switch
        {
            0 => $"{colour.Item2} {r.Pick("تنبيه", "إنذار")} {colour.Item1} | {hazard}",
            1 => $"مستوى التنبيه: {colour.Item1}{r.Separator()}{hazard}",
            2 => $"[{r.Pick("تنبيه متقدم", "إنذار مبكر", "ALERT")}] {hazard} — {r.Pick(Regions)}",
            _ => $"{r.Pick("حالة الطقس", "الإنذار")}: {hazard} ({colour.Item1})",
        };
        page.Noise(0, NoiseKind.Footer, r.Scuff(strip), first: r.Chance(0.6));
        var from = page.Date.AddHours(r.Between(0, 6));
        var validity = r.Next(3) switch
        {
            0 => $"ساري من {Clock(r, from)} حتى {Clock(r, from.AddHours(r.Between(3, 18)))}",
            1 => $"يبدأ: {Date(r, from)} {Clock(r, from)} ← ينتهي: {Clock(r, from.AddHours(r.Between(3, 18)))}",
            _ => $"الصلاحية من الساعة {Clock(r, from)} إلى الساعة {Clock(r, from.AddHours(r.Between(3, 18)))} بالتوقيت المحلي",
        };
        page.Noise(r.Chance(0.7) ? 0 : page.End, NoiseKind.Dateline, validity);
        if (r.Chance(0.6))
        {
            var areas = Regions.OrderBy(_ => r.Next(100)).Take(r.Between(2, 4)).ToList();
            page.Noise(page.End, NoiseKind.Footer, [r.Pick("المناطق المشمولة:", "المناطق المتأثرة", "نطاق التنبيه ▾"), string.Join(r.Pick("، ", " - ", " | "), areas)]);
        }
        if (r.Chance(0.5))
        {
            var source = r.Pick("المركز الوطني للأرصاد", "الرئاسة العامة للأرصاد وحماية البيئة");
            page.Noise(page.End, NoiseKind.Credit, r.Pick("إصدار: ", "الجهة المصدرة — ", "المصدر / ") + source, credit: source);
        }
    }

    private static void Quake(PageDraft page)
    {
        var r = page.R;
        var magnitude = Digits(r, $"{r.Between(2, 5)}.{r.Next(10)}");
        var depth = Digits(r, N(r.Between(5, 35)));
        var lat = Digits(r, $"{r.Between(16, 29)}.{r.Between(10, 99)}");
        var lon = Digits(r, $"{r.Between(34, 50)}.{r.Between(10, 99)}");
        List<string> box = r.Next(3) switch
        {
            0 => [Row(r, $"القدر: {magnitude}", $"العمق: {depth} كم", $"الإحداثيات: {lat}°ش {lon}°ق")],
            1 => [$"القوة {magnitude} ML", $"العمق {depth} km", $"{lat}N, {lon}E"],
            _ => [$"الزمن (UTC): {Clock(r, page.Date.AddHours(-3))}", $"Mag {magnitude} • Depth {depth} km • {lat}°N {lon}°E"],
        };
        page.Noise(r.Chance(0.6) ? 0 : page.End, NoiseKind.Footer, box);
        if (r.Chance(0.6))
        {
            page.Noise(page.End, NoiseKind.Footer, r.Pick("هل شعرت بالهزة؟ أبلغنا", "خريطة الأحداث الزلزالية آخر 24 ساعة", "الشبكة الوطنية لرصد الزلازل — قائمة الأحداث"));
        }
        if (r.Chance(0.5))
        {
            var source = r.Pick("هيئة المساحة الجيولوجية السعودية", "المركز الوطني للزلازل");
            page.Noise(page.End, NoiseKind.Credit, r.Pick("رصد: ", "المصدر: ", "بيانات ") + source, credit: source);
        }
    }
}

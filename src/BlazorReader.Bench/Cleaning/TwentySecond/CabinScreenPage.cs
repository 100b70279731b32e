namespace BlazorReader.Bench.Cleaning.TwentySecond;

// The news page of an in-flight screen or a hotel's TV portal: the channel or flight banner,
// the remote's coloured keys, «press OK» prompts and the next story offered under the text.
internal sealed class CabinScreenPage : PageFamily
{
    public override string Site(Dressing d) => d.R.Pick("أخبار على متن الرحلة", "تلفاز الغرفة", "بوابة الضيوف", "SkyNews Cabin");

    public override void Head(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        page.Add(NoiseKind.Footer, r.Next(3) switch
        {
            0 => $"مرحباً بكم على متن الرحلة SV{r.Between(100, 2999)} · {site}",
            1 => $"الغرفة {d.Num(r.Between(101, 1420))} · {r.Pick("مرحباً بك", "أهلاً وسهلاً")}",
            _ => $"القناة {d.Num(r.Between(2, 40))} · {r.Pick("أخبار", "نشرة الساعة")} | {d.City} {d.Num(r.Between(18, 46))}°",
        });
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Counter, r.Pick($"الوقت المتبقي للوصول: {d.Num(r.Between(1, 6))}س {d.Num(r.Between(0, 59))}د", $"الخبر {d.Num(r.Between(1, 4))} من {d.Num(r.Between(5, 12))}"));
        }
    }

    public override void Inside(PageSheet page, Dressing d, string site) =>
        page.Add(NoiseKind.MoreLink, d.R.Pick("▼ اضغط OK لمتابعة القراءة", "استخدم ▲▼ للتمرير", "اضغط OK للمتابعة"));

    public override void Tail(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        if (d.Teaser() is { } next)
        {
            var lines = r.Chance(0.5) ? new[] { $"التالي ▶ {next}" } : [r.Pick("الخبر التالي", "NEXT"), next];
            page.Teasers(NoiseKind.Teaser, lines, [next]);
        }
        page.Add(NoiseKind.Footer, r.Pick("🔴 الأخبار  🟢 الطقس  🟡 الرياضة  🔵 القائمة", "[أحمر] عودة  [أخضر] الطقس  [أصفر] الخريطة  [أزرق] اللغة", "OK اختيار · BACK رجوع · MENU القائمة"));
    }
}

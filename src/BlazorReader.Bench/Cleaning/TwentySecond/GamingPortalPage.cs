namespace BlazorReader.Bench.Cleaning.TwentySecond;

// A gaming and e-sports portal running a general news item: platform badges, a score out of
// ten, a patch-notes box in the column, the community's server and the e-sports headlines.
internal sealed class GamingPortalPage : PageFamily
{
    private static readonly string[] Platforms = ["PS5", "PS4", "Xbox Series X|S", "PC", "Switch", "iOS", "Android"];

    public override string Site(Dressing d) => d.R.Pick("عرب جيمرز", "ساحة الألعاب", "GameZone عربي", "بوابة الرياضات الإلكترونية");

    public override void Head(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        var badges = Platforms.OrderBy(_ => r.Next(100)).Take(r.Between(2, 4));
        page.Add(NoiseKind.Tags, string.Join(r.Pick(" | ", " · ", "  "), badges));
        if (r.Chance(0.6))
        {
            var score = $"{r.Between(5, 9)}.{r.Between(0, 9)}";
            score = r.Chance(0.4) ? DressingRandom.ToArabicIndic(score).Replace('٫', '.') : score;
            page.Add(NoiseKind.Counter, r.Pick($"التقييم: {score}/10", $"★★★★☆ {score}", $"تقييم المحرر {score} · تقييم اللاعبين {d.Num(r.Between(50, 99))}%"));
        }
    }

    public override void Inside(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        page.Add(NoiseKind.Footer,
            $"ملاحظات التحديث {r.Between(1, 3)}.{r.Between(0, 9)}.{r.Between(0, 20)}",
            r.Pick("• إصلاح مشكلات الاتصال بالخوادم", "• تحسين معدل الإطارات على الأجهزة القديمة", "• موازنة الأسلحة في الطور الجماعي"),
            r.Pick("• إضافة خرائط جديدة", "• دعم اللغة العربية في القوائم", "• تقليص حجم التحديث"));
    }

    public override void Tail(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        var titles = d.Teasers(r.Between(2, 4));
        if (titles.Count > 0)
        {
            List<string> lines = [r.Pick("🎮 آخر الأخبار", "الأكثر قراءة", "ترشيحات المحرر")];
            lines.AddRange(titles.Select(t => r.Chance(0.5) ? $"{r.Pick("[أخبار]", "[تقارير]", "[محليات]")} {t}" : t));
            page.Teasers(NoiseKind.Teaser, lines, titles);
        }
        page.Add(NoiseKind.MoreLink, r.Pick("انضم إلى سيرفر الديسكورد الخاص بنا", "تابع البث المباشر على تويتش ←", "حمّل تطبيق " + site));
    }
}

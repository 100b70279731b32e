namespace BlazorReader.Bench.Cleaning.TwentySecond;

// A general portal's news page that shares its column with the day's boxes: a recipe, the
// horoscope, «on this day» from the site's own archive, a crossword or a quiz to win.
internal sealed class DailyBoxesPage : PageFamily
{
    private static readonly string[] Signs = ["الحمل", "الثور", "الجوزاء", "السرطان", "الأسد", "العذراء", "الميزان", "العقرب"];

    public override string Site(Dressing d) => d.R.Pick("بوابة المرأة", "ملتقى الأسرة", "يومك", "منوعات اليوم");

    public override void Head(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        page.Add(NoiseKind.Footer, $"{r.Pick("اليوم", "")} {d.Date()}{r.Separator("|", "·")}{r.Pick("أخبار", "منوعات", "مطبخ", "أبراج")}{r.Separator("|", "·")}{site}".Trim());
    }

    public override void Inside(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        page.Add(NoiseKind.Footer, r.Next(3) switch
        {
            0 => [$"وصفة اليوم: {r.Pick("كبسة لحم", "مطازيز", "جريش بالدجاج", "كنافة بالقشطة")}", $"المقادير لـ{d.Num(r.Between(2, 8))} أشخاص · التحضير {d.Num(r.Between(15, 90))} دقيقة"],
            1 => [$"برجك اليوم – {r.Pick(Signs)}", r.Pick("يوم مناسب لاتخاذ القرارات المؤجلة.", "انتبه لصحتك ولا ترهق نفسك.", "مفاجأة سارة في العمل.")],
            _ => [$"{r.Pick("أجب واربح", "سؤال اليوم")}: {r.Pick("ما أطول نهر في العالم؟", "كم عدد لاعبي فريق كرة القدم؟", "ما عاصمة أستراليا؟")}", "أ) ... ب) ... ج) ...  أرسل إجابتك"],
        });
    }

    public override void Tail(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        var titles = d.Teasers(r.Between(2, 3));
        if (titles.Count > 0)
        {
            List<string> lines = [$"{r.Pick("حدث في مثل هذا اليوم", "في مثل هذا اليوم من أرشيفنا", "من أرشيف")} {d.Plain(r.Between(2005, 2014))}"];
            lines.AddRange(titles.Select(t => r.Chance(0.5) ? $"— {t}" : t));
            page.Teasers(NoiseKind.Teaser, lines, titles);
        }
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Footer, r.Pick("الكلمات المتقاطعة: حل عدد الأمس", "لعبة اليوم: رتب الحروف واربح"), $"{d.Num(r.Between(1, 30))} أفقي · {d.Num(r.Between(1, 30))} عمودي");
        }
    }
}

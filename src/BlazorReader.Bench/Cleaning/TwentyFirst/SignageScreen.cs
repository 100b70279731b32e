namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// A news item off a digital-signage screen (mall, airport, metro, elevator): the screen's own
// bar with clock and temperature, the ticker of other headlines with its separators, the
// screen's place and the sponsor's slot.
internal static class SignageScreen
{
    public static void Dress(PageDraft d)
    {
        var r = d.R;
        var place = r.Pick("صالة المغادرة الدولية — البوابة 3", "مترو الرياض · محطة قصر الحكم", $"المصعد {r.Pick("A", "B", "ب")} · الطابق {r.Number(r.Between(2, 40))}", "ردهة المجمع التجاري الرئيسية", "شاشة الانتظار — العيادات الخارجية");
        var bar = r.Next(3) switch
        {
            0 => $"{PageWords.Clock(r)} | {r.Number(r.Between(24, 48))}°{r.Pick("م", "C")} {r.Pick(DressingPools.Cities)} | {PageWords.Date(r, d.Date)}",
            1 => $"☀ {r.Number(r.Between(24, 48))}° {PageWords.Dots(r)}{PageWords.Clock(r)}",
            _ => $"{PageWords.Day(d.Date)} {PageWords.Clock(r)}  🌡 {r.Number(r.Between(24, 48))} درجة",
        };
        d.Top(NoiseKind.Footer, bar);
        if (r.Chance(0.6))
        {
            d.Head(NoiseKind.Footer, place);
        }
        var teased = Enumerable.Range(0, r.Between(2, 3)).Select(_ => InsideChrome.OtherTitle(d)).OfType<string>().Distinct().ToList();
        if (teased.Count > 0)
        {
            var sep = r.Pick(" ◆ ", " ● ", " ▪ ", " ✦ ", " ||| ", " ◄ ");
            var ticker = sep.Trim() + " " + string.Join(sep, teased);
            var piece = new NoisePiece(NoiseKind.Teaser, [ticker]) { Teasers = teased };
            if (r.Chance(0.5))
            {
                d.Tail(piece);
            }
            else
            {
                d.Head(piece);
            }
        }
        if (r.Chance(0.4))
        {
            d.Tail(NoiseKind.Footer, r.Pick($"برعاية {r.Pick("بنك", "مجموعة", "شركة")} {r.Pick(DressingPools.FamilyNames)}", "مساحة إعلانية — للحجز 0501234567", "الخبر التالي خلال 15 ثانية"));
        }
        if (r.Chance(0.3))
        {
            var paper = d.Paper;
            d.Tail(new NoisePiece(NoiseKind.Credit, [$"الأخبار مقدمة من {paper}"]) { Credit = paper });
        }
        if (r.Chance(0.2))
        {
            // A temperature and a time in the story read like the screen's bar.
            d.StoryLine($"وسجلت درجة الحرارة في {r.Pick(DressingPools.Cities)} {r.Number(r.Between(38, 49))} درجة مئوية عند الساعة {r.Number(r.Between(1, 4))} عصراً، بحسب الأرصاد.");
        }
    }
}

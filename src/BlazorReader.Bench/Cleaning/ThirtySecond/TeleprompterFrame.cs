namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// A newsroom's teleprompter script: the bulletin and item number, the item's slug and length,
// «المذيع:» and «المراسل:» labels, cue lines «[فاصل]», «(كاميرا ٢)», timings «00:45», and
// «نهاية الخبر» with the next item named.
internal sealed class TeleprompterFrame : Frame
{
    public override void Head(Page p)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Footer, $"{r.Pick("نشرة", "موجز")} {r.Pick("الثامنة", "الظهيرة", "منتصف الليل", "السادسة")}{r.Separator("—", "|", "/")}{r.Pick("الخبر", "البند")} {r.Number(r.Between(2, 14))}");
        if (p.Title is not null && r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Headline, $"{r.Pick("العنوان", "عنوان الخبر", "SLUG")}: {p.Title}");
        }
        p.Chrome(NoiseKind.Counter, $"{r.Pick("المدة", "الزمن", "TRT")}: {Clock(r)}");
    }

    public override void BeforeStory(Page p)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Footer, r.Pick("(كاميرا ١)", "(كاميرا ٢)", "(CAM 2)", "(لقطة قريبة)"));
        p.Chrome(NoiseKind.Byline, r.Pick("المذيع:", "المذيعة:", "مقدم النشرة:", $"المذيع ({StoryHeadChrome.Name(r, false)}):"));
    }

    private static string Clock(DressingRandom r) => Dates.Digits(r, $"{Dates.N(r.Between(0, 2)).PadLeft(2, '0')}:{Dates.N(r.Between(5, 59)).PadLeft(2, '0')}", r.Chance(0.3));

    public override void Between(Page p, int index)
    {
        var r = p.R;
        switch (r.Next(4))
        {
            case 0:
                p.Chrome(NoiseKind.Footer, r.Pick("[فاصل]", "[صوت طبيعي]", "[مؤثر صوتي]", "[صور أرشيفية]"));
                break;
            case 1:
                p.Chrome(NoiseKind.Counter, Clock(r));
                break;
            case 2:
                p.Chrome(NoiseKind.Byline, r.Pick("المراسل (تقرير مسجل):", $"المراسل {StoryHeadChrome.Name(r, false)}:", "صوت المراسل:"));
                break;
            default:
                p.Chrome(NoiseKind.Footer, r.Pick("(كاميرا ٢)", "(كاميرا ٣)", "(عودة إلى الاستوديو)", "(جرافيك)"));
                break;
        }
    }

    public override void Tail(Page p, IReadOnlyList<StoryLine> story)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Footer, r.Pick("نهاية الخبر", "— انتهى —", "[نهاية]", "END"));
        if (p.OtherStory() is { } next)
        {
            p.Piece(new NoisePiece(NoiseKind.Teaser, [$"{r.Pick("الخبر التالي", "البند التالي", "يليه")}: {next}"]) { Teasers = [next] });
        }
        p.Chrome(NoiseKind.Byline, $"{r.Pick("إعداد", "تحرير")}: {StoryHeadChrome.Name(r)} / {r.Pick("تدقيق", "إخراج")}: {StoryHeadChrome.Name(r)}");
    }
}

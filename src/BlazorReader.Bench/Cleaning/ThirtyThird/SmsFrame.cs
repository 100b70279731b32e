namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// A mobile operator's SMS news service as a phone's thread copies it: the sender, the story
// split over numbered parts, each bubble's delivery time, the short-code subscription and
// charge lines, and the service's other messages (other stories). The part counter in front
// of a story line is the service's, labelled as a glued counter.
internal sealed class SmsFrame : Frame
{
    private DressingRandom r = new(0);
    private string sender = "";
    private string code = "";
    private DateTime clock;
    private int style;
    private bool indic;

    public override bool Pictures => false;

    private string Delivered()
    {
        clock = clock.AddSeconds(r.Between(2, 40));
        return r.Pick("تم التسليم ", "سُلّمت ", "✓✓ ") + Story.Clock(clock, r, r.Chance(0.5));
    }

    public override void Head(Page p, Story s)
    {
        r = p.R;
        sender = r.Pick("أخبار٨٠٠", "أخبار800", "AKHBAR", "عاجل-" + r.Number(r.Between(800, 899)), s.Paper + " SMS");
        code = Story.Plain(r, r.Pick(8005, 80800, 600123, 88811));
        clock = s.Date;
        style = r.Next(4);
        indic = r.Chance(0.5);
        p.Chrome(NoiseKind.Footer, sender);
        p.Chrome(NoiseKind.Footer, r.Pick("رسالة نصية · ", "SMS · ", "الرسائل · ") + r.Pick("اليوم", Story.Weekday(s.Date)) + " " + Story.Clock(s.Date, r));
    }

    private string Part(int k, int n)
    {
        var (a, b) = (Story.Plain(indic, k), Story.Plain(indic, n));
        return style switch
        {
            0 => $"({a}/{b}) ",
            1 => $"[{a}/{b}] ",
            2 => $"{a}/{b} ",
            _ => $"{a} من {b}: ",
        };
    }

    public override void Paragraph(Page p, Story s, string text, int index, int count)
    {
        if (index > 0 && r.Chance(0.2))
        {
            p.Chrome(NoiseKind.Footer, sender);
        }
        p.Para(text, Part(index + 1, count), "", NoiseKind.Counter);
        if (r.Chance(0.55))
        {
            p.Chrome(NoiseKind.Footer, Delivered());
        }
    }

    public override void Tail(Page p, Story s)
    {
        var unit = r.Pick("ريال", "هللة", "ر.س");
        var price = unit == "هللة" ? r.Number(r.Pick(25, 50, 75)) : DressingRandom.ToArabicIndic("0." + r.Pick("25", "50", "75"));
        var lines = new List<string>
        {
            $"{r.Pick("للاشتراك", "لتفعيل الخدمة", "للاشتراك في الخدمة")} {r.Pick("أرسل", "ارسل")} {r.Pick("١", "1", "أخبار")} {r.Pick("إلى", "الى", "للرقم")} {code}",
            $"{r.Pick("قيمة الرسالة", "التكلفة")}{r.Pick(": ", " ")}{price} {unit}{r.Pick("/رسالة", " للرسالة", "")}",
            $"{r.Pick("لإلغاء الاشتراك", "لإيقاف الخدمة")} {r.Pick("أرسل", "ارسل")} {r.Pick("إلغاء", "STOP", "٢")} {r.Pick("إلى", "الى")} {code}",
        };
        p.Chrome(NoiseKind.Share, [.. lines.OrderBy(_ => r.Next(9)).Take(r.Between(1, 3))]);
        if (r.Chance(0.6))
        {
            var others = s.Others(r.Between(1, 3));
            var shown = others.Select(t => r.Pick(sender + ": ", "", "عاجل| ") + t).ToList();
            p.Chrome(NoiseKind.Teaser, shown, teasers: others);
            p.Chrome(NoiseKind.Footer, Delivered());
        }
        p.Chrome(NoiseKind.Footer, r.Pick("اكتب رسالة نصية", "رسالة نصية", "Text Message"));
    }
}

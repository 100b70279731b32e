namespace BlazorReader.Bench.Cleaning.TwentySecond;

// A conference's or a webinar's page that posts the news it made: the event strip (date,
// time zone, place or platform), the register button, agenda rows and speakers in the
// column, the meeting's ID and passcode and past sessions' recordings under it.
internal sealed class WebinarPage : PageFamily
{
    private static readonly string[] Sessions = ["الجلسة الافتتاحية", "حلقة نقاش: مستقبل الطاقة", "استراحة", "ورشة عمل تطبيقية", "الكلمة الختامية", "جلسة أسئلة وأجوبة"];

    public override string Site(Dressing d) => d.R.Pick("منتدى الأعمال", "ملتقى الابتكار", "مؤتمر المدن الذكية", "أكاديمية الإعلام");

    public override void Head(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        page.Add(NoiseKind.Footer, $"{r.Pick("ندوة عبر الإنترنت", "مؤتمر", "ملتقى حضوري وافتراضي")} · {d.Date(d.Day.AddDays(r.Between(3, 30)))} · {d.Clock()} {r.Pick("بتوقيت مكة", "GMT+3", "بتوقيت الرياض")}");
        page.Add(NoiseKind.MoreLink, r.Pick("سجل الآن — المقاعد محدودة", "سجّل مجاناً ›", "Register now · التسجيل"));
    }

    public override void Inside(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        if (r.Chance(0.5))
        {
            var start = r.Between(9, 15);
            var indic = r.Chance(0.35);
            page.Add(NoiseKind.Footer, [.. Sessions.OrderBy(_ => r.Next(100)).Take(r.Between(2, 3)).Select((s, i) => Row($"{start + i}:00 – {start + i}:45", indic) + r.Separator("|") + s)]);
            return;
        }
        page.Add(NoiseKind.Footer, $"{r.Pick("المتحدثون", "المتحدثات والمتحدثون", "Speakers")}: {r.Pick("د.", "م.", "أ.")} {d.Person}، {r.Pick("د.", "م.", "أ.")} {d.Person}");
    }

    private static string Row(string times, bool indic) => indic ? DressingRandom.ToArabicIndic(times) : times;

    public override void Tail(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        page.Add(NoiseKind.Footer, $"{r.Pick("معرف الاجتماع", "Meeting ID", "رقم الاجتماع (Zoom)")}: {r.Letters(3, "0123456789")} {r.Letters(4, "0123456789")} {r.Letters(4, "0123456789")} · {r.Pick("رمز المرور", "Passcode")}: {r.Letters(6)}");
        var titles = d.Teasers(r.Between(2, 3));
        if (titles.Count > 0)
        {
            List<string> lines = [r.Pick("تسجيلات ذات صلة", "من تغطياتنا", "أخبار الملتقى")];
            lines.AddRange(titles.Select(t => r.Chance(0.5) ? $"▶ {t}" : $"{t} ({d.Num(r.Between(3, 59))}:{r.Next(60):00})"));
            page.Teasers(NoiseKind.Teaser, lines, titles);
        }
    }

    // A conference story gives its own times and numbers; they are the story, not the strip.
    public override List<string> OwnLines(Dressing d) => d.Mentions("ملتقى", "مؤتمر", "منتدى", "ندوة", "ورشة") && d.R.Chance(0.6)
        ? [$"ويستمر {d.R.Pick("الملتقى", "المؤتمر", "البرنامج")} {d.Num(d.R.Between(2, 5))} أيام بمشاركة أكثر من {d.Num(d.R.Between(20, 300))} متحدثاً، ويمكن التسجيل عبر موقعه الإلكتروني."]
        : StoryOwnLines.Draw(d, end: false);
}

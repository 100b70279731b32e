namespace BlazorReader.Bench.Cleaning.TwentySecond;

// Screenshots of a news app run through OCR and pasted as text: the phone's status bar (clock,
// carrier, battery), the app's bars (back, title, menu), an ad's skip button, the swipe hint,
// the tab bar and the keyboard's suggestions left open under the last shot.
internal sealed class PhoneScreenshotPage : PageFamily
{
    public override string Site(Dressing d) => d.R.Pick("تطبيق الأخبار", "خبر عاجل", "نبض", "أخبار السعودية");

    public override void Head(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        page.Add(NoiseKind.Counter, StatusBar(d));
        page.Add(NoiseKind.Footer, r.Next(3) switch
        {
            0 => $"‹ رجوع    {site}    ⋮",
            1 => $"< {r.Pick("الأخبار", "محليات", "اقتصاد")}   🔍   ☰",
            _ => $"✕  {site}  ⤴",
        });
    }

    // A second screenshot starts where the first stopped: its status bar comes with it.
    public override void Inside(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        if (r.Chance(0.6))
        {
            page.Add(NoiseKind.Counter, StatusBar(d));
            return;
        }
        page.Add(NoiseKind.Footer, r.Pick($"إعلان · تخطَّ بعد {d.Num(5)} ثوانٍ", "Ad · تثبيت", "محتوى مُموَّل"));
    }

    public override void Tail(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.MoreLink, r.Pick("اسحب للأعلى لقراءة الخبر التالي ⌃", "اضغط لعرض المزيد", "﹀ المزيد من " + site));
        }
        page.Add(NoiseKind.Footer, r.Pick("الرئيسية   الأقسام   المحفوظات   حسابي", "🏠  📰  🔖  👤", "الرئيسية | عاجل | فيديو | المزيد"));
        if (r.Chance(0.4))
        {
            page.Add(NoiseKind.Footer, r.Pick("في | من | على", "شكرا | تمام | 👍", "I | the | and"));
        }
    }

    private static string StatusBar(Dressing d)
    {
        var r = d.R;
        var clock = $"{r.Between(1, 12)}:{r.Next(60):00}";
        var battery = $"{r.Between(8, 100)}";
        if (r.Chance(0.5))
        {
            (clock, battery) = (DressingRandom.ToArabicIndic(clock), DressingRandom.ToArabicIndic(battery));
        }
        var carrier = r.Pick("STC", "زين", "Mobily", "stc 4G", "Zain SA", "");
        return r.Next(3) switch
        {
            0 => $"{clock} {carrier} ▮▮▮ {battery}٪".Replace("  ", " "),
            1 => $"{carrier} 📶 {clock} 🔋 {battery}%".Trim(),
            _ => $"{battery}% ■  {clock}  ᯤ {carrier}".Trim(),
        };
    }
}

namespace BlazorReader.Bench.Cleaning.TwentySecond;

// An auction or marketplace app's news tab: a live auction's countdown over the story,
// listing cards dropped between its paragraphs, points for sharing and the app's own links.
internal sealed class MarketplaceFeedPage : PageFamily
{
    private static readonly string[] Items = ["تويوتا كامري 2013", "لوحة مميزة ر س ع 7", "آيفون 6 بلس 64GB", "أرض سكنية 600م²", "ساعة رولكس أصلية"];

    public override string Site(Dressing d) => d.R.Pick("حراج", "سوق المزاد", "دكان", "مزادكم");

    public override void Head(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        var left = $"{r.Next(3):00}:{r.Next(60):00}:{r.Next(60):00}";
        page.Add(NoiseKind.Counter, r.Pick($"🔨 مزاد مباشر · ينتهي خلال {left}", $"المزاد ينتهي بعد {DressingRandom.ToArabicIndic(left)}", $"{d.Num(r.Between(20, 900))} مزايد الآن"));
    }

    public override void Inside(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        page.Add(NoiseKind.Footer, $"{r.Pick(Items)}{r.Separator("—", "|")}{r.Pick("السعر الحالي", "آخر سوم", "يبدأ من")} {d.Num(r.Between(300, 90000))} ريال · {d.Num(r.Between(1, 40))} {r.Pick("مزايدة", "سوم")}");
    }

    public override void Tail(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        page.Add(NoiseKind.Share, r.Pick("شارك الخبر واربح ١٠ نقاط", "شارك واحصل على نقاط · واتساب · سناب", "انسخ رابط الدعوة"));
        if (r.Chance(0.6))
        {
            page.Add(NoiseKind.Footer, $"{site}{r.Separator("|")}{r.Pick("بيع · شراء · مزاد", "أضف إعلانك مجاناً", "عمولة الموقع أمانة في ذمة المعلن")}");
        }
    }
}

namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// The news tab inside a telecom or bank app: the tab bar, the balance-and-recharge strip,
// an offer card dropped between paragraphs and the «share and earn points» row.
internal static class TelecomAppTab
{
    public static void Dress(PageDraft d)
    {
        var r = d.R;
        string[] tabs = r.Chance(0.5) ? ["الرئيسية", "أخبار", "عروض", "حسابي"] : ["حساباتي", "التحويلات", "أخبار السوق", "المزيد"];
        d.Top(NoiseKind.Footer, string.Join(PageWords.Dots(r), tabs));
        if (r.Chance(0.6))
        {
            d.Head(NoiseKind.Footer, r.Pick($"رصيدك {r.Number(r.Between(1, 99))}.{r.Between(10, 99)} ريال — اشحن الآن", $"باقتك تنتهي بعد {r.Number(r.Between(1, 9))} أيام · جدّد", "سدد فاتورتك بضغطة ›"));
        }
        if (r.Chance(0.6))
        {
            d.Between(NoiseKind.Footer, r.Pick($"عرض اليوم: {r.Number(r.Between(5, 50))} جيجا بـ {r.Number(r.Between(20, 99))} ريال", $"استرداد نقدي {r.Number(r.Between(5, 20))}% على مشترياتك — فعّل العرض", "تمويل شخصي بهامش مخفض · اطلب الآن"));
        }
        if (r.Chance(0.5))
        {
            d.Tail(NoiseKind.Share, r.Pick("شارك الخبر مع أصدقائك واربح نقاطاً", $"مشاركة{PageWords.Dots(r)}+{r.Number(10)} نقاط", "أرسل عبر الرسائل"));
        }
        if (r.Chance(0.2))
        {
            // A price the story reports reads like the app's offer.
            d.StoryLine($"وتبلغ قيمة الباقة الجديدة {r.Number(r.Between(20, 150))} ريالاً شهرياً، وتشمل {r.Number(r.Between(5, 50))} جيجابايت، وفق ما أعلنته الشركة.");
        }
    }
}

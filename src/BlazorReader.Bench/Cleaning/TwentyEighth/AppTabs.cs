using System.Globalization;

namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// Apps that carry a news tab beside their own trade, copied whole: a music and lyrics
// streaming app (track rows, play buttons, durations), a food-delivery app (order tracking,
// promo codes, delivery-fee rows) and a cinema ticketing app (show times, seats).
internal static class AppTabs
{
    public static readonly Family Music = new("music", MusicHead, MusicTail);

    public static readonly Family Delivery = new("delivery", DeliveryHead, DeliveryTail);

    public static readonly Family Cinema = new("cinema", CinemaHead, CinemaTail);

    private static void MusicHead(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer, string.Join(r.Pick("   ", " · ", " | "), ["الرئيسية", "بحث", "مكتبتك", r.Pick("الأخبار", "بودكاست وأخبار")]));
        if (r.Chance(0.6))
        {
            p.Add(NoiseKind.Footer, $"{r.Pick("▶ تشغيل", "▶️ استمع", "تشغيل ▶")} {r.Pick("|", "·", "")} {r.Pick("النشرة الصوتية", "ملخص الخبر صوتياً", "نسخة مسموعة")} {Stamps.Duration(r)}");
        }
    }

    private static void MusicTail(Page p, Story s)
    {
        var r = p.R;
        var titles = s.OtherTitles(r, r.Between(2, 4));
        if (titles.Count > 0)
        {
            List<string> lines = [r.Pick("قائمة تشغيل: أخبار اليوم", "التالي في قائمة الانتظار", "مقاطع مقترحة", "أكمل الاستماع")];
            // A queue is numbered throughout or not at all.
            var numbered = r.Chance(0.5);
            for (var i = 0; i < titles.Count; i++)
            {
                lines.Add(numbered ? $"{Stamps.Digits(r, (i + 1).ToString(CultureInfo.InvariantCulture))}. {titles[i]}" : titles[i]);
                lines.Add($"{r.Pick("أخبار", "نشرة", "ملخص")} • {Stamps.Duration(r)}");
            }
            p.Add(new NoisePiece(NoiseKind.Teaser, lines) { Teasers = titles });
        }
        p.Add(NoiseKind.Counter, $"{r.Pick("تم تشغيله", "استماع")} {r.Number(r.Between(2, 900))} {r.Pick("ألف مرة", "ألف")} · {r.Number(r.Between(10, 5000))} {r.Pick("إعجاب", "❤")}");
        if (r.Chance(0.5))
        {
            p.Add(NoiseKind.Share, $"{r.Pick("♡ إضافة إلى المفضلة", "＋ حفظ في المكتبة", "⤓ تنزيل للاستماع دون اتصال")} {r.Pick("·", "|")} {r.Pick("مشاركة", "إرسال")}");
        }
    }

    private static void DeliveryHead(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer, r.Next(3) switch
        {
            0 => $"🛵 {r.Pick("طلبك", "الطلب")} #{r.Number(r.Between(10000, 99999))} {r.Pick("في الطريق", "قيد التحضير", "خرج للتوصيل")} · {r.Pick("يصل خلال", "متبقٍ")} {r.Number(r.Between(5, 40))} دقيقة",
            1 => $"التوصيل إلى: {r.Pick("المنزل", "العمل")} – حي {r.Pick("النرجس", "الروضة", "السلامة", "الفيصلية")}، {s.City} ▾",
            _ => $"{r.Pick("تتبّع طلبك", "حالة الطلب")}: {r.Pick("تم الاستلام ✓", "جارٍ التحضير", "المندوب بالقرب منك")}",
        });
    }

    private static void DeliveryTail(Page p, Story s)
    {
        var r = p.R;
        var code = r.Pick("EID", "SAVE", "NEWS", "YUM", "FREE") + r.Number(r.Between(10, 50));
        p.Add(NoiseKind.Footer, $"{r.Pick("استخدم الكود", "كود الخصم", "🎁 رمز ترويجي")} {code} {r.Pick("واحصل على خصم", "لخصم")} {r.Number(r.Between(10, 50))}{r.Pick("٪", "%")} {r.Pick("على طلبك القادم", "حتى نهاية الأسبوع", "")}".TrimEnd());
        if (r.Chance(0.6))
        {
            p.Add(NoiseKind.Footer,
                $"رسوم التوصيل{r.Separator(":", "|")}{r.Number(r.Between(0, 19))} {r.Pick("ر.س", "ريال", "SAR")}",
                $"{r.Pick("الحد الأدنى للطلب", "المجموع الفرعي")}{r.Separator(":", "|")}{r.Number(r.Between(15, 60))} {r.Pick("ر.س", "ريال")}");
        }
        if (r.Chance(0.4))
        {
            p.Add(NoiseKind.Counter, $"★ {Stamps.Digits(r, $"{r.Between(3, 4)}.{r.Next(10)}")} ({r.Number(r.Between(50, 9000))} {r.Pick("تقييم", "مراجعة")})");
        }
    }

    private static void CinemaHead(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer, $"{r.Pick("الأفلام", "السينما")} · {r.Pick("العروض القادمة", "عروض اليوم")} · {r.Pick("تذاكري", "حجوزاتي")} · الأخبار");
        if (r.Chance(0.5))
        {
            p.Add(NoiseKind.Footer, $"{r.Pick("عروض اليوم", "مواعيد العرض")}{r.Separator(":", "|")}{ShowTimes(r)}");
        }
    }

    // One row prints its times one way: the same digits and the same «م/PM».
    private static string ShowTimes(DressingRandom r)
    {
        var suffix = r.Pick(" م", " مساءً", " PM", "");
        var first = r.Between(1, 3);
        var times = Enumerable.Range(0, r.Between(2, 4)).Select(i => $"{first + i * 3}:{r.Pick("00", "15", "30", "45")}{suffix}");
        return Stamps.Digits(r, string.Join(r.Pick(" · ", " | ", "  "), times));
    }

    private static void CinemaTail(Page p, Story s)
    {
        var r = p.R;
        var hall = r.Number(r.Between(1, 12));
        p.Add(NoiseKind.Counter, $"{r.Pick("المقاعد المتاحة", "مقاعد شاغرة")}: {r.Number(r.Between(0, 80))} من {r.Number(r.Between(90, 300))} {r.Pick($"– قاعة {hall}", $"(صالة {hall})", "")}".TrimEnd());
        p.Add(NoiseKind.Share, $"{r.Pick("احجز الآن", "🎟 اشترِ التذاكر", "اختر المقعد")} {r.Pick("|", "·")} {r.Pick("شارك", "أرسل لصديق", "أضف للمفضلة")}");
    }
}

namespace BlazorReader.Bench.Cleaning.TwentySixth;

// A public-transit or parcel-tracking app whose news tab was copied with the screen: arrival
// rows over the story, a shipment's status rows under it, the app's own buttons and counts.
internal static class TransitAndParcel
{
    public static void Dress(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            string[] rows = [.. Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Next(3) switch
            {
                0 => $"الخط {r.Number(r.Between(1, 9))} ← {r.Pick("المحطة المركزية", "العليا", "قصر الحكم", "المطار")} · يصل خلال {r.Number(r.Between(1, 14))} د",
                1 => $"🚌 {r.Number(r.Between(100, 990))}  {r.Pick("في الموعد", "متأخر 3 د", "ممتلئ")}  {Stamps.Time(r)}",
                _ => $"المحطة التالية: {r.Pick("الملز", "المربع", "الشميسي")} ({r.Number(r.Between(2, 9))} دقائق)",
            })];
            p.Top(Chunk.Noise(NoiseKind.Footer, rows));
        }
        else
        {
            p.Head(Chunk.Noise(NoiseKind.Footer, $"رقم الشحنة: {r.Letters(2, "ABCDEFGHJKLMNPRSTUVWXYZ")}{Stamps.Digits(r, r.Letters(9, "0123456789"))}SA", $"{r.Pick("قيد التوصيل", "وصلت إلى مركز الفرز", "تم الاستلام من المرسل", "في الطريق إليك")} — {Stamps.Ago(r)}"));
        }
        p.Head(Chunk.Noise(NoiseKind.Share, r.Pick("الأخبار | رحلاتي | التذاكر | حسابي", "تتبع · الإشعارات · الأخبار · المزيد", "⌂ الرئيسية  ✉ الرسائل  📰 الأخبار")));
        if (r.Chance(0.5))
        {
            p.Tail(Chunk.Noise(NoiseKind.Footer, r.Pick("تحديث الحالة تلقائياً كل 60 ثانية", "هل وصلت شحنتك؟ قيّم تجربة التوصيل ☆☆☆☆☆", "بطاقة الركوب: الرصيد المتبقي " + r.Number(r.Between(2, 90)) + " ريال")));
        }
        if (r.Chance(0.5))
        {
            p.Tail(Chunk.Noise(NoiseKind.Counter, $"{r.Number(r.Between(2, 40))} خبراً جديداً منذ آخر زيارة"));
        }
        if (r.Chance(0.4))
        {
            p.Inside(Chunk.Own($"وتعمل الحافلات على {r.Number(r.Between(3, 24))} مساراً من الساعة {Stamps.Digits(r, "5:30")} صباحاً حتى منتصف الليل، بتعرفة {r.Number(r.Between(2, 10))} ريالات للرحلة الواحدة."));
        }
    }
}

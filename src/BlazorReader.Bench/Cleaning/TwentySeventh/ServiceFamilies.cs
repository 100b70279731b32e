using static BlazorReader.Bench.Cleaning.TwentySeventh.PageFamily;

namespace BlazorReader.Bench.Cleaning.TwentySeventh;

// Service apps whose news tab carries a story: utility-bill portals, customs and tax portals,
// ride-hailing receipts and hospital queue messages. Their account rows are chrome; the
// story's own tariffs, codes and hotlines are body.
internal static class ServiceFamilies
{
    public static readonly PageFamily UtilityBill = new("utility-bill portal",
        [
            r => Piece(NoiseKind.Counter, r, $"فاتورتك لشهر {r.Pick("يوليو", "أغسطس", "يونيو")}: {r.Number(r.Between(80, 900))}{r.Pick(".", "٫")}{r.Between(10, 99)} {r.Pick("ر.س", "ريال", "SAR")}{r.Separator("—", "|")}ادفع الآن"),
            r => Piece(NoiseKind.Counter, r, $"قراءة العداد: {r.Number(r.Between(1000, 99999))} ك.و.س{r.Separator("·", "|")}الحساب {r.Letters(9, "0123456789")}"),
        ],
        [
            r => Piece(NoiseKind.Share, r, r.Pick("حمّل الفاتورة PDF", "فعّل الفاتورة الإلكترونية", "اعتراض على الفاتورة")),
            r => Piece(NoiseKind.Footer, r, $"{r.Pick("خدمات الكهرباء", "خدمات المياه")} | {r.Pick("بلّغ عن انقطاع", "تتبع طلبك")} | {r.Pick("الخدمات الإلكترونية", "فروعنا")}"),
        ],
        [
            r => $"وأوضحت الشركة أن متوسط استهلاك المنازل ارتفع بنسبة {r.Number(r.Between(8, 40))}% خلال أشهر الصيف.",
            r => $"ويمكن للمشتركين الإبلاغ عن الأعطال على الرقم الموحد {r.Number(r.Pick(933, 939, 920))}، المتاح على مدار الساعة.",
        ]);

    public static readonly PageFamily Customs = new("customs portal",
        [
            r => Piece(NoiseKind.Footer, r, $"البيان الجمركي{r.Separator("›", "/")}{r.Pick("الاستيراد", "التصدير", "الإفراج")}{r.Separator("›", "/")}الأخبار"),
            r => Piece(NoiseKind.Counter, r, $"HS {r.Between(1000, 9999)}.{r.Between(10, 99)}{r.Separator("|", "·")}رسوم {r.Number(r.Pick(5, 10, 15, 25))}%"),
        ],
        [
            r => Piece(NoiseKind.MoreLink, r, r.Pick("احسب الرسوم الجمركية ←", "تتبع بيانك الجمركي", "الاستعلام عن التعرفة")),
            r => Piece(NoiseKind.Footer, r, $"رقم البيان: {r.Letters(10, "0123456789")} · الحالة: {r.Pick("قيد التدقيق", "تم الإفراج", "بانتظار السداد")}"),
        ],
        [
            r => $"وبيّنت الهيئة أن الرسوم على هذا الصنف ارتفعت من {r.Number(5)}% إلى {r.Number(r.Pick(10, 15, 25))}% اعتباراً من أول الشهر.",
            r => $"وضبط المفتشون {r.Number(r.Between(2, 40))} ألف حبة مخدرة مخبأة داخل شحنة فواكه في المنفذ.",
        ]);

    public static readonly PageFamily RideReceipt = new("ride-hailing receipt",
        [
            r => Piece(NoiseKind.Counter, r, $"رحلتك مع الكابتن {r.Pick(DressingPools.FirstNames)} · {r.Number(r.Between(2, 40))}{r.Pick(".", "٫")}{r.Between(1, 9)} كم · {r.Number(r.Between(12, 140))} ر.س"),
            r => Piece(NoiseKind.Footer, r, $"{r.Pick("الوصول المتوقع", "وصلت في")} {r.Number(r.Between(1, 12))}:{r.Between(10, 59)} {r.Pick("م", "ص")} · {r.Pick("الدفع: بطاقة", "الدفع: نقداً", "Apple Pay")}"),
        ],
        [
            r => Piece(NoiseKind.Share, r, r.Pick("قيّم رحلتك ☆☆☆☆☆", "أضف إكرامية للكابتن", "شارك موقعك المباشر")),
            r => Piece(NoiseKind.Counter, r, $"الأجرة {r.Number(r.Between(9, 99))} + رسوم الخدمة {r.Number(r.Between(1, 9))} = {r.Number(r.Between(12, 120))} ر.س"),
        ],
        [
            r => $"وحددت الهيئة الحد الأدنى للأجرة بـ {r.Number(r.Between(8, 15))} ريالاً، على أن يُحتسب {r.Number(r.Between(1, 3))} ريال عن كل كيلومتر.",
            r => "وتساءل أحد السائقين: «من يعوضنا عن ساعات الانتظار في المطار؟».",
        ]);

    public static readonly PageFamily HospitalQueue = new("hospital appointment messages",
        [
            r => Piece(NoiseKind.Footer, r, $"عزيزي المراجع، موعدك في عيادة {r.Pick("الباطنية", "الأسنان", "العيون")} يوم {r.Pick("الأحد", "الثلاثاء", "الخميس")} {r.Number(r.Between(7, 11))}:{r.Pick("00", "30")} ص"),
            r => Piece(NoiseKind.Counter, r, $"رقم دورك: {r.Number(r.Between(1, 250))} · أمامك {r.Number(r.Between(0, 40))} مراجعين"),
        ],
        [
            r => Piece(NoiseKind.MoreLink, r, r.Pick("لإلغاء الموعد أرسل 2", "لتأكيد الحضور أرسل 1", "أعد جدولة الموعد ←")),
            r => Piece(NoiseKind.Signature, r, $"{r.Pick("مستشفى", "مدينة")} {r.Pick("الملك فهد", "الملك عبدالعزيز", "الأمير سلطان")} {r.Pick("الطبية", "التخصصي")} — رسالة آلية لا ترد عليها"),
        ],
        [
            r => $"وأكدت الوزارة أن متوسط الانتظار في أقسام الطوارئ انخفض إلى {r.Number(r.Between(15, 60))} دقيقة.",
            r => $"وللحجز يمكن الاتصال بمركز المواعيد على الرقم {r.Number(937)}، أو عبر تطبيق الوزارة.",
        ]);

    public static readonly PageFamily[] All = [UtilityBill, Customs, RideReceipt, HospitalQueue];
}

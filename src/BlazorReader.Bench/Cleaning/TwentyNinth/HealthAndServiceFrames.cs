namespace BlazorReader.Bench.Cleaning.TwentyNinth;

// Pharmacy and medicine-leaflet apps, veterinary apps and government identity apps'
// notification centres, each carrying a news tab.
internal static class HealthAndServiceFrames
{
    public static readonly AppFrame Pharmacy = new(
        "pharmacy",
        p => p.Chrome(NoiseKind.Footer, p.R.Pick("صيدليتي ‹ الأخبار الصحية", "دليل الأدوية » أخبار طبية", "نشرة الدواء | مستجدات")),
        p => p.Chrome(NoiseKind.Footer,
            $"دواء اليوم: {p.R.Pick("باراسيتامول", "أموكسيسيلين", "إيبوبروفين", "ميتفورمين")} {p.Digits(p.R.Pick(250, 500, 850, 1000))} ملغ",
            $"الجرعة{p.R.Pick(":", " ▸")} {p.R.Pick("قرص واحد", "كبسولة", "٥ مل")} كل {p.Digits(p.R.Pick(6, 8, 12))} ساعات",
            p.R.Pick("احفظ الدواء بعيداً عن متناول الأطفال", "يُحفظ في درجة حرارة أقل من ٢٥°م")),
        p =>
        {
            p.Chrome(NoiseKind.Footer, p.R.Pick("⏰ أضف إلى تذكيراتي", "🛒 أضف إلى السلة · اطلب من أقرب صيدلية", "ابحث عن بديل أرخص ›"));
            p.Chrome(NoiseKind.Counter, $"★ {p.Digits(p.R.Between(3, 4))}٫{p.Digits(p.R.Between(0, 9))} ({p.Digits(p.R.Between(12, 900))} تقييماً)");
        },
        p => [
            $"وأوضح الطبيب أن الجرعة المعتادة للبالغين قرص واحد كل {p.Digits(p.R.Pick(8, 12))} ساعة، ولا يجوز تجاوزها دون استشارة.",
            "وشددت الهيئة على ضرورة حفظ الأدوية بعيداً عن متناول الأطفال وفي مكان جاف.",
            $"وتبلغ قيمة العبوة بعد التخفيض {p.Digits(p.R.Between(12, 90))} ريالاً.",
        ]);

    public static readonly AppFrame Veterinary = new(
        "veterinary",
        p => p.Chrome(NoiseKind.Footer, p.R.Pick("عيادتي البيطرية — الأخبار", "🐾 رفيقي الأليف | أخبار ونصائح")),
        p => p.Chrome(NoiseKind.Footer,
            $"موعد التطعيم القادم لـ«{p.R.Pick("لولو", "سمسم", "ريكس", "فلة")}»: {p.Digits(p.R.Between(1, 28))} {Months.Name(p.R, p.R.Between(7, 12))}",
            $"الوزن الأخير: {p.Digits(p.R.Between(2, 30))}٫{p.Digits(p.R.Between(0, 9))} كغ · العمر: {p.Digits(p.R.Between(1, 12))} سنوات"),
        p => p.Chrome(NoiseKind.Footer, p.R.Pick("احجز موعداً مع الطبيب البيطري ›", "اطلب زيارة منزلية 🚐", "متجر الأعلاف والمستلزمات")),
        p => [
            "وأشار البيطري إلى أن تطعيم الحيوانات الأليفة ضد السعار يتم مرة كل عام.",
            $"وبلغ عدد الرؤوس التي فُحصت منذ بداية الحملة {p.Digits(p.R.Between(1200, 60000))} رأس.",
        ]);

    public static readonly AppFrame IdentityApp = new(
        "identity",
        p => p.Chrome(NoiseKind.Counter, p.R.Pick($"مركز الإشعارات ({p.Digits(p.R.Between(2, 19))})", $"🔔 {p.Digits(p.R.Between(2, 19))} إشعارات جديدة")),
        p => p.Chrome(NoiseKind.Footer,
            $"طلب رقم {p.R.Letters(4, "0123456789")}-{p.R.Letters(6, "0123456789")}{p.R.Separator("—", "·", "|")}حالة الطلب: {p.R.Pick("قيد المراجعة", "مكتمل", "بانتظار السداد")}",
            p.R.Pick("✔ تم التحقق من هويتك", "تم التحقق ✓ عبر النفاذ الوطني", "رمز التحقق صالح لمدة ٦٠ ثانية")),
        p => p.Chrome(NoiseKind.Footer, p.R.Pick($"تجديد الهوية الوطنية · قبل {p.Digits(p.R.Between(2, 9))} ساعات", "وثائقي الرقمية › الهوية · الجواز · رخصة القيادة", "تسجيل الخروج")),
        p => [
            $"وبيّنت المديرية أن المتقدم يستطيع متابعة حالة الطلب عبر الموقع الإلكتروني خلال {p.Digits(48)} ساعة.",
            "وأكدت أن رسالة التحقق لا تُطلب من المواطن عبر الهاتف بأي حال.",
            $"وأصدرت الإدارة أكثر من {p.Digits(p.R.Between(10, 90))} ألف هوية رقمية خلال الشهر الماضي.",
        ]);

    public static readonly AppFrame TipLine = new(
        "tip-line",
        p => p.Chrome(NoiseKind.Footer, p.R.Pick($"أرسل خبرك إلى {p.Paper} 📩", "كن مراسلاً معنا")),
        p => p.Chrome(NoiseKind.Footer,
            $"واتساب {p.Paper}: {Phone(p)}",
            p.R.Pick("⬆ ارفع صورة أو مقطع فيديو (حتى ٥٠ ميغابايت)", "أرفق ملفاً · اختر من المعرض")),
        p => p.Chrome(NoiseKind.Footer, p.R.Pick("نلتزم بسرية هوية المرسل ولا ننشر رقمه", "بالضغط على «إرسال» توافق على شروط النشر")),
        p => [
            $"ودعت الهيئة المواطنين إلى الإبلاغ عن أي مخالفة عبر الرقم المجاني {p.R.Pick("1909", "٩٤٠", "937", "٩٩٨")}.",
            "وتلقت الصحيفة عشرات الرسائل من القراء بشأن الانقطاع، تحققت من بعضها ميدانياً.",
        ]);

    private static string Phone(Page p)
    {
        var number = "05" + p.R.Letters(8, "0123456789");
        return p.R.Chance(0.4) ? DressingRandom.ToArabicIndic(number) : number;
    }
}

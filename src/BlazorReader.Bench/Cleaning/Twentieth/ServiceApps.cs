namespace BlazorReader.Bench.Cleaning.Twentieth;

// Service portals and apps that post news beside their forms: the exam-results lookup
// (seat number box, «استعلم»), the pilgrims' app (permit status, next ritual, crowd level),
// an e-learning course card, and the print export's «امسح الرمز» residue. Forms, cards and
// app plugs are Footer, levels and enrolment counts Counter, the results link a MoreLink.
internal static class ServiceApps
{
    public static void Dress(PageDraft page, DressingRandom r)
    {
        switch (r.Next(3))
        {
            case 0:
                page.Top(Entry.Noise(NoiseKind.Footer,
                    r.Pick("الاستعلام عن النتائج", "نتائج الاختبارات", "بوابة النتائج"),
                    $"{r.Pick("أدخل رقم الجلوس", "رقم الهوية / الإقامة", "السجل المدني")}: {r.Pick("__________", "[        ]", "")}".TrimEnd(),
                    Typography.Join(r, [r.Pick("استعلم", "عرض النتيجة", "بحث"), r.Pick("مسح", "إعادة تعيين", "طباعة")])));
                if (r.Chance(0.6))
                {
                    page.AfterBody(Entry.Noise(NoiseKind.MoreLink, r.Pick("رابط الاستعلام عن النتائج من هنا", "اضغط هنا لمعرفة نتيجتك", "للاستعلام عن النتيجة اضغط هنا ←")));
                }
                if (r.Chance(0.4))
                {
                    page.Tail(Entry.Noise(NoiseKind.Counter, $"{r.Pick("عدد الاستعلامات اليوم", "زوار البوابة الآن")}: {r.Number(r.Between(1200, 900000))}"));
                }
                break;
            case 1:
                var app = r.Pick("نسك", "اعتمرنا", "توكلنا", "أبشر", "حاج");
                page.Top(Entry.Noise(NoiseKind.Footer,
                    $"{r.Pick("تصريح", "حالة تصريح")} {r.Pick("الحج", "العمرة", "الزيارة")}: {r.Pick("مؤكد ✓", "قيد المراجعة", "صادر")}",
                    $"{r.Pick("المنسك القادم", "الموعد القادم", "موعدك")}: {r.Pick("طواف القدوم", "الوقوف بعرفة", "رمي الجمرات", "زيارة الروضة الشريفة")} · {Calendar.HijriDate(r)}"));
                if (r.Chance(0.6))
                {
                    page.After(page.Gap(r), Entry.Noise(NoiseKind.Counter, $"{r.Pick("مستوى الكثافة", "الازدحام الآن")} {r.Pick("في المطاف", "عند الجمرات", "في الساحات")}: {r.Pick("منخفض", "متوسط", "مرتفع")}{r.Pick("", " 🟢", " 🟠", " (" + r.Number(r.Between(10, 95)) + "٪)")}"));
                }
                page.Tail(Entry.Noise(NoiseKind.Footer, $"{r.Pick("حمّل تطبيق", "احجز موعدك عبر تطبيق", "متوفر على تطبيق")} {app}{r.Pick("", " — App Store | Google Play", " من المتجر")}"));
                break;
            default:
                page.Top(Entry.Noise(NoiseKind.Footer,
                    $"{r.Pick("دورة", "مقرر")}: {r.Pick("مهارات الإعلام الرقمي", "مقدمة في الاقتصاد", "السلامة المرورية", "الإسعافات الأولية")}",
                    $"{r.Pick("الوحدة", "الدرس")} {r.Number(r.Between(1, 9))} من {r.Number(r.Between(10, 14))} · {r.Pick("قراءة", "نشاط", "مادة إثرائية")}"));
                page.Tail(Entry.Noise(NoiseKind.Counter, $"{r.Pick("أكملت", "التقدم")} {r.Number(r.Between(5, 95))}{r.Pick("٪", "%")}{r.Pick(" من الدورة", "", " · " + r.Number(r.Between(100, 20000)) + " ملتحقاً")}"),
                    Entry.Card(NoiseKind.Footer, Typography.Join(r, [r.Pick("السابق", "‹ الدرس السابق"), r.Pick("وضع علامة كمكتمل", "تم ✓"), r.Pick("التالي", "الدرس التالي ›")])));
                break;
        }
        if (r.Chance(0.35))
        {
            page.Tail(Entry.Noise(NoiseKind.Footer, $"{r.Pick("امسح الرمز", "امسح رمز QR", "▦ امسح الكود")} {r.Pick("لقراءة النسخة الرقمية", "لتحميل التطبيق", "للوصول إلى الخدمة", "للاطلاع على الخبر كاملاً")}"));
        }
    }
}

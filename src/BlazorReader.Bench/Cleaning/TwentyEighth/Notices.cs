using System.Globalization;

namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// Service screens that wrap a story with their own notices: a consumer-protection recall
// bulletin (report numbers, batch and barcode rows, a hotline of its own), a reader survey
// form («سؤال 3 من 8», required marks, «إرسال»), a car-maker or smart-home app (device rows,
// update and recall notices) and a parking, toll and traffic-fines app.
internal static class Notices
{
    public static readonly Family Recall = new("recall", RecallHead, RecallTail);

    public static readonly Family Survey = new("survey", SurveyHead, SurveyTail);

    public static readonly Family Garage = new("garage", GarageHead, GarageTail);

    public static readonly Family Fines = new("fines", FinesHead, FinesTail);

    private static void RecallHead(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer, $"{r.Pick("منصة بلاغات المستهلك", "حماية المستهلك", "نشرة السلامة")}{r.Separator("—", "|", "-")}{r.Pick("نشرات الاستدعاء", "التحذيرات", "آخر الأخبار")}");
        p.Add(NoiseKind.Counter, $"{r.Pick("رقم البلاغ", "رقم النشرة", "مرجع")}: {Stamps.Digits(r, $"{s.Date.Year}/{r.Between(100, 9999).ToString("0000", CultureInfo.InvariantCulture)}")}");
        if (r.Chance(0.5))
        {
            p.Add(NoiseKind.Tags, $"{r.Pick("التصنيف", "الفئة")}: {r.Pick("أغذية", "أجهزة كهربائية", "مستحضرات", "ألعاب أطفال")} · {r.Pick("استدعاء طوعي", "تحذير", "سحب من الأسواق")}");
        }
    }

    private static void RecallTail(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer,
            $"{r.Pick("رقم التشغيلة", "الدفعة", "LOT")}: {r.Pick("LOT-", "B", "")}{r.Between(1000, 9999)}{r.Pick("A", "B", "")}{r.Separator("|", "·")}{r.Pick("الباركود", "EAN")}: {r.Pick("628", "629")}{r.Letters(10, "0123456789")}",
            $"{r.Pick("تاريخ الانتهاء", "صالح حتى")}: {Stamps.Date(r, s.Date.AddMonths(r.Between(2, 20)))}");
        p.Add(NoiseKind.Footer, $"{r.Pick("للإبلاغ عن منتج مخالف", "بلاغات المستهلك", "الخط الساخن")}{r.Separator(":", "☎", "|")}{r.Pick("1900", "19999", "8001160500")}");
    }

    private static void SurveyHead(Page p, Story s)
    {
        var r = p.R;
        var total = r.Between(4, 12);
        p.Add(NoiseKind.Footer, r.Pick("استطلاع رأي القراء", "نموذج: رأيك في تغطيتنا", "Reader survey"));
        p.Add(NoiseKind.Counter, $"{r.Pick("سؤال", "السؤال")} {r.Number(r.Between(1, total))} {r.Pick("من", "/")} {r.Number(total)}");
        if (r.Chance(0.5))
        {
            p.Add(NoiseKind.Footer, r.Pick("* يشير إلى سؤال مطلوب", "اقرأ الخبر التالي ثم أجب عن الأسئلة *", "الحقول المعلّمة بـ * إلزامية"));
        }
    }

    private static void SurveyTail(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer,
            $"{r.Pick("هل كان هذا الخبر مفيداً؟", "ما تقييمك لهذه المادة؟", "هل تنصح بقراءة الخبر؟")} *",
            r.Pick("○ نعم   ○ لا   ○ إلى حد ما", "☆☆☆☆☆", "◯ مفيد جداً ◯ مفيد ◯ غير مفيد"));
        // The form's own buttons: chrome, but nothing a reader would call sharing.
        p.Add(NoiseKind.Footer, $"{r.Pick("السابق", "رجوع")} · {r.Pick("التالي", "متابعة")} · {r.Pick("إرسال", "Submit")}");
        if (r.Chance(0.5))
        {
            p.Add(NoiseKind.Counter, $"{r.Number(r.Between(5, 95))}{r.Pick("٪", "%")} {r.Pick("مكتمل", "تم")}");
        }
    }

    private static void GarageHead(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer, r.Chance(0.5)
            ? $"🚗 {r.Pick("سيارتي", "My Car")} · {r.Pick("الوقود", "البطارية")} {r.Number(r.Between(5, 99))}{r.Pick("٪", "%")} · {r.Pick("المدى", "يكفي")} {r.Number(r.Between(40, 650))} كم"
            : $"🏠 {r.Pick("منزلي", "غرفة المعيشة")} · {r.Number(r.Between(16, 31))}° · {r.Number(r.Between(1, 12))} {r.Pick("أجهزة متصلة", "جهاز نشط")}");
        if (r.Chance(0.5))
        {
            p.Add(NoiseKind.Footer, $"{r.Pick("تحديث البرنامج متاح", "يتوفر تحديث جديد", "Software update")} (v{r.Between(1, 9)}.{r.Between(0, 20)}.{r.Between(0, 9)}) {r.Pick("– ثبّت الآن", "· لاحقاً", "")}".TrimEnd());
        }
    }

    private static void GarageTail(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer, r.Chance(0.5)
            ? $"{r.Pick("مكيف الصالة", "إضاءة المدخل", "كاميرا الباب")} · {r.Pick("متصل", "مطفأ", "قيد التشغيل")} | {r.Pick("الغسالة", "السخان", "القفل الذكي")} · {r.Pick("متصل", "غير متصل", "مقفل")}"
            : $"{r.Pick("إشعار استدعاء", "حملة خدمة")}: {r.Pick("رقم الحملة", "مرجع")} {r.Between(10, 99)}V-{r.Between(100, 999)} – {r.Pick("راجع أقرب مركز صيانة", "احجز موعداً")}");
        if (r.Chance(0.4))
        {
            p.Add(NoiseKind.Footer, $"{r.Pick("موعد الصيانة القادم", "الفحص الدوري")}: {r.Pick("بعد", "خلال")} {r.Number(r.Between(100, 5000))} كم");
        }
    }

    private static void FinesHead(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Counter, $"{r.Pick("المخالفات المسجلة", "مخالفات غير مسددة")}: {r.Number(r.Between(0, 4))} · {r.Pick("رصيد المواقف", "رصيد بوابات الرسوم")} {r.Number(r.Between(0, 300))} {r.Pick("ر.س", "ريال")}");
        if (r.Chance(0.4))
        {
            p.Add(NoiseKind.Footer, $"{r.Pick("موقفك الحالي", "منطقة الوقوف")}: {r.Pick("A", "B", "C")}{r.Number(r.Between(1, 40))} – {r.Pick("ينتهي بعد", "متبقٍ")} {r.Number(r.Between(5, 90))} دقيقة");
        }
    }

    private static void FinesTail(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer, $"{r.Pick("ادفع الآن", "سداد")} {r.Pick("|", "·")} {r.Pick("اعتراض على مخالفة", "تمديد الوقوف")} {r.Pick("|", "·")} {r.Pick("سجل العمليات", "المركبات")}");
    }
}

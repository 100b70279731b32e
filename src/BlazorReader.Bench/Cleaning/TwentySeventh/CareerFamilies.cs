using static BlazorReader.Bench.Cleaning.TwentySeventh.PageFamily;

namespace BlazorReader.Bench.Cleaning.TwentySeventh;

// Portals for people's progress: job-board aggregators' apply strips, scholarship and
// admissions portals, volunteering platforms, online-course pages, e-book lending apps and
// fitness trackers. Deadlines and GPA rows the story itself gives are body.
internal static class CareerFamilies
{
    public static readonly PageFamily JobBoard = new("job-board aggregator",
        [
            r => Piece(NoiseKind.Counter, r, $"{r.Number(r.Between(20, 4000))} وظيفة مطابقة في {r.Pick(DressingPools.Cities)}"),
        ],
        [
            r => Piece(NoiseKind.MoreLink, r, $"{r.Pick("قدّم الآن", "التقديم السريع", "تقدّم بسيرتك")} ← {r.Pick("ينتهي التقديم خلال", "متبقٍ")} {r.Number(r.Between(1, 20))} {r.Pick("يوم", "أيام")}"),
            r => Piece(NoiseKind.Share, r, r.Pick("احفظ الوظيفة ♡", "أنشئ تنبيه وظائف", "أرسل الوظيفة إلى بريدك")),
        ],
        [
            r => $"ويشترط في المتقدم أن يكون سعودي الجنسية، وألا يزيد عمره على {r.Number(r.Between(30, 40))} عاماً.",
        ]);

    public static readonly PageFamily Admissions = new("admissions portal",
        [
            r => Piece(NoiseKind.Counter, r, $"آخر موعد للتقديم: {StoryChrome.DateText(r)}{r.Separator("|", "·")}المقاعد المتاحة {r.Number(r.Between(40, 900))}"),
            r => Piece(NoiseKind.Counter, r, $"النسبة الموزونة المطلوبة: {r.Number(r.Between(70, 95))}%{r.Separator("|", "·")}المعدل {r.Number(r.Between(3, 4))}{r.Pick(".", "٫")}{r.Between(0, 9)} من {r.Number(5)}"),
        ],
        [
            r => Piece(NoiseKind.MoreLink, r, r.Pick("ابدأ طلب القبول ←", "تحقق من أهليتك للمنحة", "تابع حالة طلبك")),
        ],
        [
            r => $"وتشترط الجامعة ألا يقل المعدل التراكمي عن {r.Number(r.Between(3, 4))}{r.Pick(".", "٫")}{r.Between(0, 9)} من {r.Number(5)}.",
            r => "أولاً: أن يكون المتقدم حاصلاً على الثانوية العامة في العامين الأخيرين.",
        ]);

    public static readonly PageFamily Volunteering = new("volunteering platform",
        [
            r => Piece(NoiseKind.Counter, r, $"ساعاتك التطوعية: {r.Number(r.Between(0, 400))} ساعة · {r.Number(r.Between(0, 12))} شارات"),
        ],
        [
            r => Piece(NoiseKind.MoreLink, r, r.Pick("سجّل كمتطوع ←", "انضم إلى الفرصة", "الفرص التطوعية القريبة منك")),
            r => Piece(NoiseKind.Counter, r, $"{r.Number(r.Between(3, 500))} مقعداً متبقياً · {r.Number(r.Between(10, 2000))} متطوعاً سجلوا"),
        ],
        [
            r => $"وشارك في الحملة {r.Number(r.Between(200, 5000))} متطوع ومتطوعة، قدموا أكثر من {r.Number(r.Between(1000, 40000))} ساعة عمل.",
        ]);

    public static readonly PageFamily Learning = new("course and lending apps",
        [
            r => Piece(NoiseKind.Counter, r, $"الوحدة {r.Number(r.Between(1, 6))} من {r.Number(r.Between(7, 12))}{r.Separator("·", "|")}{r.Pick("اختبار قصير", "مقطع فيديو", "قراءة")} {r.Number(r.Between(3, 20))} د"),
            r => Piece(NoiseKind.Counter, r, $"متاح للاستعارة{r.Separator("·", "|")}{r.Number(r.Between(1, 30))} في قائمة الانتظار{r.Separator("·", "|")}تاريخ الإرجاع {StoryChrome.DateText(r)}"),
            r => Piece(NoiseKind.Counter, r, $"👟 {r.Number(r.Between(1000, 15000))} / {r.Number(10000)} خطوة · حلقة الحركة {r.Number(r.Between(10, 100))}%"),
        ],
        [
            r => Piece(NoiseKind.Footer, r, r.Pick("احصل على الشهادة بعد إكمال جميع الوحدات", "أعد الكتاب الإلكتروني قبل انتهاء الاستعارة", "اربط ساعتك الذكية لمزامنة النشاط")),
            r => Piece(NoiseKind.Share, r, r.Pick("شارك إنجازك 🏅", "أضف إلى رفّي", "التالي: الدرس ٤ ▶")),
        ],
        [
            r => $"ويحتاج الشخص البالغ إلى نحو {r.Number(r.Between(7, 10))} آلاف خطوة يومياً، وفق توصيات الأطباء.",
            r => "فما الذي يدفع الطلاب إلى ترك الدورات قبل إتمامها؟ يجيب الباحث بأن ضيق الوقت هو السبب الأول.",
        ]);

    public static readonly PageFamily[] All = [JobBoard, Admissions, Volunteering, Learning];
}

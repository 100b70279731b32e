namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// Lines the story itself carries that look like furniture: hotlines, numbered points,
// questions and answers, verses, posts reported in speech, cited sources, short
// subheadings, closing formulas, prices, doses and batch numbers told by the story. A reader
// keeps every one, so they are body; a cleaner that takes them removes too much.
internal static class Lookalikes
{
    private static readonly string[] Bodies = ["الهيئة", "الوزارة", "الأمانة", "الإدارة العامة للمرور", "هيئة الغذاء والدواء", "المديرية"];

    private static readonly string[] Subheads =
        ["تفاصيل القرار", "خطوات التقديم", "ردود فعل", "خلفية", "ماذا بعد؟", "الأرقام تتحدث", "موعد التطبيق", "شروط الاستفادة"];

    private static readonly string[] Verses =
    [
        "قال تعالى: «وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى»",
        "﴿وَمَنْ أَحْيَاهَا فَكَأَنَّمَا أَحْيَا النَّاسَ جَمِيعًا﴾",
        "قال تعالى: ﴿إِنَّ اللَّهَ مَعَ الصَّابِرِينَ﴾",
    ];

    // A statement's or a letter's last line, which the story quotes whole at its end.
    public static string Closing(DressingRandom r) =>
        r.Pick("والله ولي التوفيق.", "والله الموفق.", "وبالله التوفيق.", "والسلام عليكم ورحمة الله وبركاته.", "حفظ الله بلادنا وقيادتنا.");

    public static IReadOnlyList<string> Next(DressingRandom r, Story s)
    {
        var body = r.Pick(Bodies);
        var n = r.Between(1, 6);
        return r.Next(11) switch
        {
            0 => [$"{r.Pick("وللإبلاغ", "وللاستفسار", "ولتلقي الملاحظات")} خصصت {body} الرقم {r.Pick("940", "911", "937", "8001245555", "920033444", "1909")} {r.Pick("على مدار الساعة.", "طوال أيام الأسبوع.", "المجاني.")}"],
            1 => [$"{r.Pick("أولاً", "ثانياً", "ثالثاً", "رابعاً")}: {r.Pick("رفع جاهزية المستشفيات في المنطقة.", "تمديد فترة التسجيل أسبوعاً إضافياً.", "إلزام المنشآت بتحديث بياناتها.", "توسيع نطاق الخدمة إلى المحافظات.")}"],
            2 => [$"{r.Number(n)}- {r.Pick("تقديم الطلب عبر البوابة الإلكترونية", "إرفاق صورة الهوية الوطنية", "سداد الرسوم خلال ثلاثة أيام", "مراجعة الفرع لاستلام البطاقة")}."],
            3 or 4 => [
                $"{r.Pick("س", "سؤال")}: {r.Pick("متى يبدأ تطبيق القرار؟", "من يشمل الاستدعاء؟", "هل تتأثر الرسوم؟", "كيف يمكن التقديم؟")}",
                $"{r.Pick("ج", "جواب")}: {r.Pick("بحسب ما أعلنته اللجنة", "وفق ما أوضحه المتحدث الرسمي", "كما جاء في التعميم")}، {r.Pick("مطلع الشهر المقبل.", "خلال أسبوعين من اليوم.", "بعد اكتمال الإجراءات.")}",
            ],
            5 => [r.Pick(Verses)],
            6 => [$"وكتب {r.Pick("المتحدث باسم", "مدير")} {body} {DressingPools.PersonName(r)} في تغريدة على حسابه في تويتر أن {r.Pick("العمل مستمر حتى اكتمال المشروع", "الفرق الميدانية باشرت عملها", "النتائج ستعلن قريباً")}."],
            7 => [$"{r.Pick("وأفادت", "وذكرت", "ونقلت")} {r.Pick("وكالة الأنباء السعودية (واس)", "وكالة رويترز", "صحيفة " + s.Paper)} أن {r.Pick("القرار يدخل حيز التنفيذ فوراً", "عدد المستفيدين تجاوز التوقعات", "الاجتماع استمر ساعتين")}."],
            8 => [r.Pick(Subheads)],
            9 => [r.Pick(
                $"وبلغ سعر البرميل {r.Number(r.Between(40, 70))} دولاراً في ختام التداولات.",
                $"ووصل سعر الكيلو {r.Number(r.Between(12, 90))} ريالاً بعد الزيادة الأخيرة.",
                $"وسجل سعر الطن {r.Number(r.Between(600, 2400))} ريالاً مقارنة بالشهر الماضي.")],
            _ => [r.Pick(
                $"وأوضح الدكتور {DressingPools.PersonName(r)} أن الجرعة المعتادة للبالغين {r.Pick("500", "250", "١٠٠٠")} ملغ كل {r.Pick("ثماني", "ست", "اثنتي عشرة")} ساعات.",
                $"وشمل الاستدعاء التشغيلة رقم {r.Number(r.Between(1000, 9999))} المنتجة في {r.Pick("يونيو", "مايو", "أبريل")} الماضي.",
                $"وبلغ عدد المخالفات المرصودة {r.Number(r.Between(100, 40000))} مخالفة خلال {r.Pick("أسبوع", "شهر", "الربع الأول")}.")],
        };
    }
}

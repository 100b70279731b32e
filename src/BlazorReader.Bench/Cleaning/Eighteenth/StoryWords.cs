namespace BlazorReader.Bench.Cleaning.Eighteenth;

// The vocabulary the story's own extra lines are built from: who speaks, what they do, to
// whom and when. Combined at random, so no extra line is a fixed sentence.
internal static class StoryWords
{
    public static readonly string[] Bodies =
    [
        "وزارة الصحة", "أمانة المنطقة", "هيئة الهلال الأحمر", "المديرية العامة للدفاع المدني", "وزارة العمل", "إدارة التعليم بالمحافظة",
        "الهيئة العامة للرياضة", "وزارة الشؤون البلدية والقروية", "جمعية البر الخيرية", "الغرفة التجارية", "جامعة الملك عبدالعزيز", "هيئة السياحة والتراث الوطني",
    ];

    public static readonly string[] Offices = ["الوزير", "المتحدث الرسمي", "مدير عام الفرع", "رئيس المجلس", "وكيل الإمارة", "عميد الكلية", "مدير المستشفى", "رئيس النادي"];

    public static readonly string[] Actions = ["تعزيز", "تطوير", "متابعة", "تسريع", "مراجعة", "توسيع", "تفعيل", "رفع كفاءة", "تنظيم", "دعم"];

    public static readonly string[] Objects =
    [
        "الرقابة الميدانية على المنشآت", "الخدمات المقدمة للمراجعين", "مشاريع البنية التحتية", "برامج التدريب والتأهيل", "إجراءات التسجيل والقبول",
        "الشراكة مع القطاع الخاص", "خطط الطوارئ خلال الموسم", "آليات استقبال البلاغات", "الحملات التوعوية في المدارس", "مراكز الرعاية الصحية الأولية",
    ];

    public static readonly string[] Places = ["في محافظات المنطقة", "في الأحياء الجديدة", "على مستوى المملكة", "في المدن الرئيسة", "خلال موسم الصيف", "قبل بداية العام الدراسي", "خلال الأشهر المقبلة"];

    public static readonly string[] Networks = ["تويتر", "منصة إكس", "سناب شات", "إنستغرام", "فيسبوك"];

    public static readonly string[] Outlets = ["وكالة الأنباء السعودية", "التلفزيون الرسمي", "قناة الإخبارية", "إذاعة الرياض", "وكالة الأنباء الكويتية", "صحيفة محلية"];

    public static readonly string[] Teams = ["الهلال", "النصر", "الاتحاد", "الأهلي", "الشباب", "الفتح", "التعاون", "الرائد", "الفيصلي", "القادسية", "هجر", "الخليج"];

    // Where a Saudi portal, office or seller is: the pool's cities include foreign capitals.
    public static readonly string[] LocalCities = ["الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "أبها", "تبوك", "الخبر", "الطائف", "حائل", "جازان", "نجران", "بريدة", "الأحساء"];

    private static readonly string[] MaleFirst = ["محمد", "عبدالله", "فهد", "سعد", "خالد", "ناصر", "سلمان", "تركي", "ماجد", "أحمد", "علي", "يوسف", "فيصل", "بدر", "سلطان"];

    public static string MaleName(DressingRandom r) => r.Pick(MaleFirst) + " " + r.Pick(DressingPools.FamilyNames);

    public static string Goal(DressingRandom r) => $"{r.Pick(Actions)} {r.Pick(Objects)} {r.Pick(Places)}";

    public static string Speaker(DressingRandom r) => r.Chance(0.5)
        ? $"{r.Pick(Offices)} {DressingPools.PersonName(r)}"
        : $"{r.Pick(Offices)} في {r.Pick(Bodies)}";

    // A telephone number a story tells readers to call, in one of the shapes such numbers take.
    public static string Phone(DressingRandom r) => Ink.Digits(r, r.Next(4) switch
    {
        0 => "920" + r.Letters(6, "0123456789"),
        1 => "800" + r.Letters(7, "0123456789"),
        2 => r.Pick("937", "911", "940", "997", "998", "1909"),
        _ => "05" + r.Letters(1, "0345") + r.Letters(7, "0123456789"),
    });

    public static string Mobile(DressingRandom r) => Ink.Digits(r, "05" + r.Letters(1, "0345") + r.Letters(7, "0123456789"));

    public static string Unified(DressingRandom r) => Ink.Digits(r, r.Pick("920", "800") + r.Letters(r.Pick(6, 7), "0123456789"));
}

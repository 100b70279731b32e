namespace BlazorReader.Bench.Cleaning.Seventeenth;

// Words for the story's own lines that look like furniture: who speaks, what they run, what
// they ask readers to do, and the numbers they give. Combined freely, so no line is fixed.
internal static class LookalikeGrammar
{
    public static readonly string[] Orgs = ["وزارة الصحة", "المديرية العامة للدفاع المدني", "هيئة الهلال الأحمر", "أمانة المنطقة", "وزارة العمل", "الهيئة العامة للأرصاد", "إدارة المرور", "جمعية البر الخيرية", "وزارة التجارة", "هيئة السياحة", "الجامعة"];

    public static readonly string[] Roles = ["المتحدث الرسمي باسم الوزارة", "مدير عام الشؤون الصحية", "أمين المنطقة", "رئيس مجلس إدارة الجمعية", "وكيل الوزارة", "مدير إدارة العلاقات العامة", "رئيس اللجنة المنظمة", "عميد الكلية"];

    public static readonly string[] Audiences = ["المواطنين والمقيمين", "أولياء الأمور", "المستفيدين", "الأهالي", "أصحاب المنشآت", "الحجاج والمعتمرين", "الطلاب وذويهم"];

    public static readonly string[] Actions = ["رفع كفاءة", "تطوير", "توسيع نطاق", "تسهيل إجراءات", "تعزيز", "إنشاء", "مراجعة", "ربط"];

    public static readonly string[] Objects = ["الخدمات الصحية في المحافظات", "شبكة الطرق الداخلية", "برامج التدريب للشباب", "الرقابة على الأسواق", "منظومة النقل العام", "مراكز الرعاية الأولية", "خدمات الطوارئ", "الأنظمة الإلكترونية بين الجهات"];

    public static readonly (string Name, bool Feminine)[] Topics = [("المشروع", false), ("البرنامج", false), ("الخدمة الجديدة", true), ("الحملة", true), ("المبادرة", true), ("الخطة", true), ("القرار", false)];

    public static readonly string[] Periods = ["الأشهر الثلاثة المقبلة", "العام المقبل", "نهاية العام الجاري", "الأسابيع المقبلة", "المرحلة الثانية"];

    public static readonly string[] Clauses =
    [
        "الإجراءات الجديدة ستدخل حيز التنفيذ مطلع الشهر المقبل", "اللجنة ستعقد اجتماعها الثاني الأسبوع المقبل", "الأعمال تسير وفق الجدول الزمني المحدد",
        "التحقيقات ما زالت جارية لمعرفة ملابسات الحادث", "الجهات المختصة باشرت عملها فور تلقي البلاغ", "العمل جارٍ على استكمال بقية المراحل",
    ];

    // Verses written for this catalogue: first and second halves that can be paired freely.
    public static readonly string[] FirstHalves =
    [
        "يا موطنَ العزِّ يا مهدَ الأُلى سلفوا", "سَلِ الرمالَ عن الأمجادِ تُخبرْنا", "ما زالَ صوتُكَ في الآفاقِ منطلقاً", "رفعتَ رايتَنا في كلِّ ناحيةٍ",
        "هذي الديارُ وهذا المجدُ شامخةٌ", "بنيتَ بالعزمِ صرحاً لا يُطاوَلُهُ", "يا أرضَ طيبةَ يا نوراً يضيءُ لنا", "إذا الشدائدُ حلّتْ كنتَ سابقَها",
    ];

    public static readonly string[] SecondHalves =
    [
        "فأنتَ في القلبِ مهما طالتِ المُدَنُ", "ومن عزائمِنا تُستلهَمُ العِبَرُ", "يهدي الحيارى إذا ما أظلمَ الزمنُ", "والخيرُ فيكِ على الأيامِ متّصلُ",
        "تبقى على الدهرِ عنواناً لمن سكنوا", "وفي يديكَ لنا عهدٌ ومؤتَمَنُ", "كأنها البدرُ في ليلٍ له سَكَنُ", "ونحنُ بالصبرِ والإيمانِ نعتصمُ",
    ];

    public static readonly string[] Closings = ["والله ولي التوفيق.", "والله الموفق،،،", "والسلام عليكم ورحمة الله وبركاته.", "حفظ الله بلادنا وقيادتنا.", "والله من وراء القصد."];

    public static string Person(DressingRandom r) => DressingPools.PersonName(r);

    public static string Hotline(DressingRandom r) => r.Next(4) switch
    {
        0 => Stamps.Digits("800 " + r.Letters(3, "0123456789") + " " + r.Letters(4, "0123456789"), r),
        1 => Stamps.Digits("9" + r.Letters(4, "0123456789"), r),
        2 => Stamps.Digits("199" + r.Letters(2, "0123456789"), r),
        _ => Stamps.Digits("05" + r.Letters(8, "0123456789"), r),
    };

    public static string Mobile(DressingRandom r) => Stamps.Digits("05" + r.Letters(8, "0123456789"), r);

    // One numbering for a whole list, in one script.
    public static Func<int, string> Ordinals(DressingRandom r)
    {
        var digits = Stamps.Script(r);
        return r.Next(4) switch
        {
            0 => i => digits(Stamps.N(i)) + "- ",
            1 => i => digits(Stamps.N(i)) + ". ",
            2 => i => "(" + digits(Stamps.N(i)) + ") ",
            _ => i => new[] { "أولاً: ", "ثانياً: ", "ثالثاً: ", "رابعاً: ", "خامساً: ", "سادساً: " }[Math.Min(i - 1, 5)],
        };
    }
}

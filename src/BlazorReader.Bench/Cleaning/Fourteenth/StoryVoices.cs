namespace BlazorReader.Bench.Cleaning.Fourteenth;

// Sentences of the story that speak in furniture's words: a number readers are asked to
// call, a post quoted as prose, the closing formula of a statement, an agency named as the
// story's source, and people on social media urging others to follow or share, reported.
// A reader keeps every one of them; so does the expected body.
internal static class StoryVoices
{
    private static readonly string[] Bodies = ["الجهة المختصة", "الأمانة", "المديرية", "الإدارة العامة", "اللجنة المنظمة", "الوزارة"];

    private static readonly string[] Roles = ["الوزير", "رئيس النادي", "مدير الجامعة", "أمين المنطقة", "المتحدث الرسمي", "رئيس الجمعية"];

    public static List<string> Hotline(DressingRandom r)
    {
        var unified = Ink.Digits(r.Pick("920001234", "920033360", "937", "940", "911", "8001245555", "199099"), r.Chance(0.4) ? 1 : 0);
        return r.Next(3) switch
        {
            0 => ["ودعت " + r.Pick(Bodies) + " المواطنين والمقيمين إلى الإبلاغ عن أي ملاحظات عبر الرقم الموحد " + Ink.Isolate(unified, r) + r.Pick(" على مدار الساعة.", ".", " أو عبر التطبيق.")],
            1 => ["وللاستفسار: الرقم الموحد " + unified + "."],
            _ => ["وأشار إلى أن الراغبين في التسجيل يمكنهم الاتصال على الرقم " + unified + r.Pick(" خلال أوقات الدوام الرسمي.", " من الأحد إلى الخميس.")],
        };
    }

    public static List<string> QuotedPost(DressingRandom r) =>
    [
        r.Pick("وكتب ", "وغرّد ") + r.Pick(Roles) + r.Pick(" عبر حسابه في تويتر: ", " على حسابه في تويتر: ", " في تغريدة: ")
            + "«" + r.Pick("نبارك لأبنائنا هذا الإنجاز", "نشكر كل من أسهم في نجاح هذا العمل", "نعتز بما تحقق") + r.Pick("، ونعدكم بالمزيد", "، والقادم أجمل", "") + "»" + r.Pick(".", ""),
    ];

    // A statement's last words, after a line quoting it, at the story's end.
    public static List<string> StatementClose(DressingRandom r)
    {
        var lines = new List<string>();
        if (r.Chance(0.6))
        {
            lines.Add("وجاء في ختام البيان: " + r.Pick("«نسأل الله أن يحفظ بلادنا وأن يديم عليها نعمة الأمن والاستقرار»", "«ونؤكد استمرار العمل لخدمة المواطن»", "«ونشكر الجميع على تعاونهم»") + ".");
        }
        lines.Add(r.Pick("والله ولي التوفيق.", "والله الموفق.", "وبالله التوفيق.", "والسلام عليكم ورحمة الله وبركاته.", "والله من وراء القصد."));
        return lines;
    }

    public static List<string> SourceSentence(DressingRandom r) =>
    [
        r.Pick("وبحسب ما نقلته وكالة الأنباء ", "ووفق ما أوردته وكالة ") + r.Pick("الرسمية", "السعودية", "الكويتية", "الفرنسية") + r.Pick("، فإن ", " فإن ")
            + r.Pick("الإجراءات الجديدة ستدخل حيز التنفيذ مطلع الشهر المقبل.", "المرحلة الأولى شهدت إقبالًا لافتًا.", "اللجنة ستعقد اجتماعها المقبل خلال أيام.", "عدد المستفيدين تجاوز التوقعات."),
    ];

    // Social media in the story: a tag, and a call to follow or share as someone's words.
    public static List<string> SocialSpeech(DressingRandom r)
    {
        var tag = "#" + r.Pick("معًا_للمجد", "الرياض_الآن", "حملة_الخير", "أمطار_جدة", "صيف_أبها");
        return r.Chance(0.5)
            ? ["وتفاعل المغردون عبر وسم " + tag + "، وكتب أحدهم: «" + r.Pick("تابعوا الحساب الرسمي لمعرفة آخر المستجدات", "تابعونا على الحساب لمزيد من التفاصيل") + "»."]
            : ["وتداول ناشطون على مواقع التواصل الاجتماعي مقطعًا للحادثة، وعلّق أحدهم: «" + r.Pick("شاركوا المقطع حتى يصل إلى المسؤولين", "انشروا حتى تعم الفائدة", "ساهموا بالنشر") + "»."];
    }
}

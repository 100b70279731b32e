namespace BlazorReader.Bench.Cleaning.Fourteenth;

// Sentences of the story that speak in furniture's words: a number readers are asked to
// call, a post quoted as prose, the closing formula of a statement, an agency named as the
// story's source, and people on social media urging others to follow or share, reported.
// A reader keeps every one of them; so does the expected body.
internal static class StoryVoices
{
    private static readonly string[] Bodies = ["الجهة المختصة", "الأمانة", "المديرية", "الإدارة العامة", "اللجنة المنظمة", "الوزارة"];

    private static string Role(DressingRandom r, StoryTopics topics) =>
        topics.HasFlag(StoryTopics.Sport) ? r.Pick("رئيس النادي", "مدرب الفريق") : topics.HasFlag(StoryTopics.Official) ? r.Pick("الوزير", "أمين المنطقة", "المتحدث الرسمي") : r.Pick("رئيس اللجنة المنظمة", "مدير المهرجان");

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

    public static List<string> QuotedPost(DressingRandom r, StoryTopics topics) =>
    [
        r.Pick("وكتب ", "وغرّد ") + Role(r, topics) + r.Pick(" عبر حسابه في تويتر: ", " على حسابه في تويتر: ", " في تغريدة: ")
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
        r.Pick("وبحسب ما نقلته وكالة الأنباء ", "ووفق ما أوردته وكالة الأنباء ") + r.Pick("الرسمية", "السعودية", "الكويتية", "الفرنسية") + r.Pick("، فإن ", " فإن ")
            + r.Pick("مزيدًا من التفاصيل سيُعلن خلال الأيام المقبلة.", "الجهات المعنية تتابع الأمر عن كثب.", "الموضوع سيُطرح مجددًا في الاجتماع المقبل.", "الإجراءات المتبعة في مثل هذه الحالات ستُطبق كاملة."),
    ];

    // Social media in the story: a tag from its title, and a call to follow or share as
    // someone's reported words.
    // People tag the place a story happens in: the first corpus city the story names.
    public static string? PlaceTag(string story) =>
        DressingPools.Cities.Where(c => story.Contains(c, StringComparison.Ordinal)).Select(c => "#" + c.Replace(' ', '_')).FirstOrDefault();

    public static List<string> SocialSpeech(DressingRandom r, string story)
    {
        var tag = PlaceTag(story) ?? "#" + r.Pick("حديث_الساعة", "عاجل");
        return r.Chance(0.5)
            ? ["وتفاعل مغردون مع الخبر عبر وسم " + tag + "، وكتب أحدهم: «" + r.Pick("تابعوا الحساب الرسمي لمعرفة آخر المستجدات", "تابعوا الوسم لمزيد من التفاصيل") + "»."]
            : ["وتناقل مستخدمو مواقع التواصل الاجتماعي الخبر عبر وسم " + tag + "، ودعا أحدهم: «" + r.Pick("شاركوا حتى يصل إلى المسؤولين", "انشروا حتى تعم الفائدة", "ساهموا بالنشر") + "»."];
    }
}

namespace BlazorReader.Bench.Cleaning.Nineteenth;

// Body sentences that wear chrome's words: a hotline the story gives, a post quoted as prose,
// a source sentence inside the story, a story about a hashtag that says «تابعوا» as reported
// speech, a correction the paper prints with the article, a statement's closing formula. A
// reader keeps every one; each is written whole on its own line and labelled body.
public static class StatementLookalikes
{
    private static readonly string[] Bodies = ["وزارة الصحة", "الأمانة", "الدفاع المدني", "وزارة التجارة", "الهيئة العامة للغذاء والدواء", "إدارة التعليم", "الجمعية الخيرية", "شرطة المنطقة"];

    public static void Hotline(PageSheet s)
    {
        var r = s.R;
        var body = r.Pick(Bodies);
        var number = r.Pick("9200" + r.Letters(5, "0123456789"), "800" + r.Letters(7, "0123456789"), r.Pick("937", "940", "998", "911", "1909"));
        s.Paragraph(r.Next(3) switch
        {
            0 => "ودعت " + body + " المواطنين والمقيمين إلى الإبلاغ عن أي ملاحظات عبر الرقم " + r.Pick("المجاني ", "الموحد ", "") + Ink.Digits(r, number) + " على مدار الساعة.",
            1 => "ويمكن للراغبين في الاستفسار التواصل مع مركز الاتصال على الرقم " + Ink.Digits(r, number) + "، أو إرسال رسالة نصية إلى الرقم " + r.Number(r.Between(80000, 89999)) + ".",
            _ => "وأوضح أن " + body + " خصصت الرقم " + Ink.Digits(r, number) + " لتلقي البلاغات، مؤكداً أن جميع الاتصالات تعامل بسرية تامة.",
        });
    }

    public static void QuotedPost(PageSheet s)
    {
        var r = s.R;
        var who = r.Pick("وزير التعليم", "أمير المنطقة", "رئيس النادي", "المتحدث الرسمي", "مدير الجامعة", "الأمين العام");
        var said = r.Pick("نبارك لأبنائنا الطلاب نجاحهم ونعدهم بمزيد من الدعم", "شكراً لكل من ساهم في إنجاح هذا العمل", "الوطن يستحق منا الكثير، وسنبقى على العهد", "نعمل على معالجة الملاحظات في أقرب وقت");
        s.Paragraph(r.Pick("وكتب ", "وغرّد ", "وقال ") + who + r.Pick(" عبر حسابه في تويتر: ", " في تغريدة على حسابه الرسمي: ", " في منشور على حسابه: ") + "«" + said + "»" + r.Pick(".", "، وهو ما لقي تفاعلاً واسعاً.", ""));
    }

    public static void SourceSentence(PageSheet s)
    {
        var r = s.R;
        s.Paragraph(r.Pick("وبحسب ما نقلته وكالة الأنباء السعودية (واس)، فإن ", "وذكرت وكالة رويترز نقلاً عن مصادر مطلعة أن ", "ونقلت صحيفة محلية عن مسؤول في الوزارة أن ", "وفقاً لما أوردته وكالة الأنباء الكويتية (كونا)، فإن ")
            + r.Pick("اللجنة ستعقد اجتماعها المقبل خلال الأسبوع الجاري.", "الإجراءات الجديدة ستطبق بشكل تدريجي.", "عدد المستفيدين تجاوز " + r.Number(r.Between(200, 9000)) + " شخص.", "المباحثات تناولت سبل تعزيز التعاون."));
    }

    public static void HashtagStory(PageSheet s)
    {
        var r = s.R;
        var tag = "#" + r.Pick("شكرا_رجال_الأمن", "الرياض_الآن", "جدة_تغرق", "صيفنا_أحلى", "أنقذوا_الحي") ;
        s.Paragraph(r.Next(2) == 0
            ? "وتصدّر وسم «" + tag + "» قائمة الأكثر تداولاً، فيما كتب أحد المغردين: «تابعوا ما يحدث في " + r.Pick(DressingPools.Cities) + "، الصورة تتحدث عن نفسها»."
            : "ودعت الحملة متابعيها عبر حساباتها إلى «تابعونا وشاركونا بالوسم " + tag + "»، وهو ما لقي تفاعلاً تجاوز " + r.Number(r.Between(5, 90)) + " ألف تغريدة.");
    }

    public static void Correction(PageSheet s)
    {
        var r = s.R;
        var (wrong, right) = r.Pick(("أن الاجتماع عُقد يوم الأحد", "أنه عُقد يوم الاثنين"), ("أن عدد المستفيدين " + r.Number(400), "أن عددهم " + r.Number(4000)), ("اسم المدير خطأً", "أن اسمه " + r.Pick(DressingPools.FirstNames.Take(8).ToArray()) + " " + r.Pick(DressingPools.FamilyNames)));
        s.Paragraph(r.Pick("تصحيح: ", "(تصحيح) ", "تنويه: ") + "ورد في نسخة سابقة من هذا الخبر " + wrong + "، والصحيح " + right + r.Pick("، ونعتذر لقرائنا عن هذا الخطأ.", "، لذا لزم التنويه.", "."));
    }

    // A statement's last words on a line of their own, after its last sentence.
    public static void Closing(PageSheet s)
    {
        var r = s.R;
        s.Paragraph(r.Pick("واختتم البيان بالقول: ", "وختم تصريحه بقوله: ", "") + r.Pick("نسأل الله أن يحفظ بلادنا من كل سوء، وأن يديم عليها نعمة الأمن.", "نشكر الجميع على تعاونهم وتفهمهم.", "نرجو من الجميع التقيد بالتعليمات حفاظاً على سلامتهم."));
        s.Paragraph(r.Pick("والله ولي التوفيق.", "والله الموفق.", "والسلام عليكم ورحمة الله وبركاته.", "وفق الله الجميع لما يحب ويرضى.", "والله من وراء القصد."));
    }
}

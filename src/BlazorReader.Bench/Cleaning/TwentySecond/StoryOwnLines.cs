namespace BlazorReader.Bench.Cleaning.TwentySecond;

// Lines that look like a page's furniture but that the story itself says: numbers to call,
// numbered points, a question and its answer, a verse, a post reported in speech, a source
// sentence, a subheading, a closing formula, prices. A reader counts them as the story's own,
// so they are labelled body: they catch a cleaner that removes too much.
internal static class StoryOwnLines
{
    private static readonly string[] Subheadings =
        ["في التفاصيل", "خطوات قادمة", "أرقام لافتة", "ردود فعل", "خلفية", "ماذا بعد؟", "من جهة أخرى"];

    private static readonly string[] Closings =
        ["والله ولي التوفيق.", "وبالله التوفيق.", "والله من وراء القصد.", "حفظ الله البلاد وأهلها."];

    private static readonly string[] Points =
        ["تعزيز الرقابة الميدانية على مدار الساعة.", "تسريع إجراءات الخدمة وتقليص مدة الانتظار.", "توسيع الشراكة مع القطاع الخاص.",
         "نشر الوعي بين المواطنين والمقيمين.", "تدريب الكوادر الوطنية ورفع كفاءتها.", "متابعة التنفيذ وقياس الأثر كل ثلاثة أشهر."];

    // Numbers to call and prices go only into stories about a body that serves the public or
    // about money, numbered points only into stories about a plan, a question and its answer
    // only where a service is explained: elsewhere a reader would not take them for the story's own.
    public static List<string> Draw(Dressing d, bool end)
    {
        var r = d.R;
        var serves = d.Mentions("وزارة", "هيئة", "بلدية", "أمانة", "إدارة", "مركز", "جمعية");
        var money = d.Mentions("ريال", "مليون", "سعر", "تكلفة", "أسعار");
        if (end)
        {
            return r.Chance(0.6) || !serves ? [r.Pick(Closings)] : [$"{r.Pick("وللاستفسار", "وللإبلاغ", "وللتسجيل")} يمكن الاتصال على الرقم {d.Digits(r.Pick(4, 9, 10))}."];
        }
        var plans = d.Mentions("خطة", "برنامج", "مشروع", "استراتيجية", "إستراتيجية", "مبادرة");
        var kind = r.Next(9);
        if (kind is 0 or 1 or 3 && !serves || kind == 2 && !plans || kind == 8 && !money)
        {
            kind = r.Pick(4, 5, 6, 7);
        }
        return kind switch
        {
            0 => [$"وللاستفسار خصصت الجهة الرقم المجاني {d.Digits(10, "800")} والرقم الموحد {d.Digits(9, "920")}."],
            1 => ["وحددت الجهة أرقاماً للتواصل:", $"{r.Pick("هاتف الطوارئ", "الرقم الموحد", "واتساب")}: {d.Digits(r.Pick(3, 5, 10))}"],
            2 => NumberedPoints(d),
            3 => QuestionAndAnswer(r),
            4 => [r.Pick("قال تعالى: ﴿وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى﴾.", "﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾", "قال تعالى: ﴿وَقُلِ اعْمَلُوا فَسَيَرَى اللَّهُ عَمَلَكُمْ﴾.")],
            5 => [$"وكتب {d.Person} في حسابه على {r.Pick("تويتر", "إنستغرام", "سناب شات")} أن «{r.Pick("الخطوة تأتي في وقتها", "ما تحقق ثمرة عمل فريق كامل", "الأيام المقبلة ستحمل أخباراً سارة")}»، وتناقل المغردون منشوره على نطاق واسع."],
            6 => [$"{r.Pick("وأفادت", "ونقلت", "وذكرت")} {d.Agency} أن {r.Pick("الاجتماع عقد", "الاتفاق وقع", "اللقاء جرى")} في {d.City} بحضور عدد من المسؤولين."],
            7 => [r.Pick(Subheadings)],
            _ => [r.Pick(
                $"وتبلغ رسوم المشاركة {d.Num(r.Between(50, 900))} ريالاً للفرد، و{d.Num(r.Between(20, 400))} ريالاً للطلاب.",
                $"وبلغت التكلفة الإجمالية {d.Num(r.Between(2, 900))} مليون ريال، بزيادة {d.Num(r.Between(2, 40))}% عن العام الماضي.")],
        };
    }

    private static List<string> QuestionAndAnswer(DressingRandom r) => r.Next(3) switch
    {
        0 => ["س: متى يبدأ التطبيق؟", "ج: مع بداية الشهر المقبل، بحسب المتحدث الرسمي."],
        1 => ["س: من يشمل القرار؟", "ج: يشمل جميع الفئات دون استثناء."],
        _ => ["- هل هناك رسوم إضافية؟", "- لا، الخدمة مجانية بالكامل، كما أكد المسؤولون."],
    };

    private static List<string> NumberedPoints(Dressing d)
    {
        var r = d.R;
        var count = r.Between(2, 4);
        var style = r.Next(3);
        var indic = r.Chance(0.5);
        List<string> lines = [$"وتقوم الخطة على {r.Pick("عدة محاور", "محاور أبرزها", "النقاط الآتية")}:"];
        foreach (var (point, i) in Points.OrderBy(_ => r.Next(100)).Take(count).Select((p, i) => (p, i + 1)))
        {
            var n = indic ? DressingRandom.ToArabicIndic(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            lines.Add(style switch { 0 => $"{n}- {point}", 1 => $"{n}) {point}", _ => $"({n}) {point}" });
        }
        return lines;
    }
}

namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// Lines a story carries that look like page furniture: hotlines, numbered points, questions
// and answers, verses, what someone wrote on an account, the source the story cites, a short
// subheading, a closing formula, a price. A reader counts each as the story's own, so they are
// body, and a cleaner that takes them has cut the story.
internal static class StoryLines
{
    private static readonly string[] Verses =
    [
        "قال تعالى: ﴿وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى﴾",
        "﴿إِنَّا لِلَّهِ وَإِنَّا إِلَيْهِ رَاجِعُونَ﴾",
        "وقال تعالى: ﴿وَقُلْ رَبِّ زِدْنِي عِلْمًا﴾ [طه: 114]",
    ];

    private static readonly string[] Subheadings = ["تفاصيل الحادث", "خلفية القرار", "ردود الفعل", "أرقام ودلالات", "الخطوة التالية", "مطالب الأهالي"];

    private static readonly string[] Closings = ["والله ولي التوفيق.", "وبالله التوفيق.", "والله الموفق.", "حفظ الله البلاد من كل سوء."];

    public static void Dress(PageDraft d)
    {
        var r = d.R;
        var name = DressingPools.PersonName(r);
        var words = PageWords.TitleWords(d.Title, 3);
        // What the story is about, in its own words, so that an added line reads as part of it.
        var topic = words.Count > 0 ? string.Join(" ", words.Take(2)) : "القضية";
        switch (r.Next(10))
        {
            case 0:
                d.StoryEnd($"وللاستفسار يمكن الاتصال على الرقم {r.Pick("الموحد", "المجاني")} {r.Number(r.Between(920000000, 920099999))} {r.Pick("على مدار الساعة.", "خلال أوقات الدوام.", "")}".TrimEnd());
                break;
            case 1:
                d.StoryLine(r.Pick("وتضمنت التوصيات ما يلي:", "وأبرز ما جاء في القرار:", "وشملت الإجراءات:"),
                    $"{r.Number(1)}- {r.Pick("تشكيل لجنة لمتابعة ملف", "مراجعة الأنظمة المتعلقة بملف", "رفع تقرير شهري عن ملف")} {topic}.",
                    $"{r.Number(2)}- {r.Pick("التنسيق مع الجهات المعنية.", "إطلاع الرأي العام على النتائج.", "تخصيص ميزانية للتنفيذ.")}");
                break;
            case 2:
                d.StoryLine($"س: {r.Pick("متى يبدأ التطبيق؟", "من يشمل القرار؟", "ما الخطوة التالية؟", "هل من تعويضات؟")}",
                    $"ج: {r.Pick("خلال الأسابيع المقبلة", "بعد اكتمال الدراسة", "وفق الجدول المعلن")}، {r.Pick("بحسب ما أكده", "كما أوضح")} {name}.");
                break;
            case 3:
                d.StoryLine(r.Pick(Verses));
                break;
            case 4:
                d.StoryLine($"وكتب {name} في حسابه على {r.Pick("تويتر", "إنستغرام", "سناب شات")} تعليقاً على {topic}: «{r.Pick("نتابع الموضوع عن كثب", "شكراً لكل من ساهم", "الحقيقة ستظهر قريباً")}»، {r.Pick("وتداول المغردون المنشور على نطاق واسع.", "وحصد المنشور آلاف التفاعلات.", "في أول تعليق له.")}");
                break;
            case 5:
                d.StoryLine($"وأفادت {r.Pick("وكالة الأنباء السعودية (واس)", "وكالة رويترز", "مصادر مطلعة لـ«" + d.Paper + "»")} بأن {r.Pick("الجهات المختصة تتابع تطورات", "العمل جارٍ لاستكمال ملف", "اجتماعاً سيعقد الأسبوع المقبل لبحث")} {topic}.");
                break;
            case 6:
                d.StoryGap(r.Pick(Subheadings));
                break;
            case 7:
                d.StoryEnd(r.Pick(Closings));
                break;
            case 8:
                d.StoryLine($"وبلغت {r.Pick("التكلفة الإجمالية", "قيمة العقود", "الميزانية المرصودة")} نحو {r.Number(r.Between(2, 900))} {r.Pick("مليون ريال", "ألف ريال", "مليون دولار")}، {r.Pick("بحسب الأرقام الرسمية.", "وفق البيان.", "حسب المصدر.")}");
                break;
            default:
                d.StoryEnd($"وللإبلاغ عن أي ملاحظة {r.Pick("يمكن الاتصال برقم الطوارئ", "خصصت الجهة الرقم")} {r.Pick("997", "998", "911", "937", "940")}.");
                break;
        }
    }
}

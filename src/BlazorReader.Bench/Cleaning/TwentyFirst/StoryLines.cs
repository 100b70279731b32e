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
        switch (r.Next(10))
        {
            case 0:
                d.StoryLine($"وللاستفسار يمكن الاتصال على الرقم {r.Pick("الموحد", "المجاني")} {r.Number(r.Between(920000000, 920099999))} {r.Pick("على مدار الساعة.", "خلال أوقات الدوام.", "")}".TrimEnd());
                break;
            case 1:
                d.StoryLine($"{r.Number(1)}- {Sentence(d)}", $"{r.Number(2)}- {Sentence(d)}", $"{r.Number(3)}- {Sentence(d)}");
                break;
            case 2:
                d.StoryLine($"س: {r.Pick("متى يبدأ التطبيق؟", "من يشمل القرار؟", "ما الخطوة التالية؟", "هل من تعويضات؟")}", $"ج: {Sentence(d)}");
                break;
            case 3:
                d.StoryLine(r.Pick(Verses));
                break;
            case 4:
                d.StoryLine($"وكتب {name} في حسابه على {r.Pick("تويتر", "إنستغرام", "سناب شات")}: «{Sentence(d).TrimEnd('.')}»، {r.Pick("وتداول المغردون المنشور على نطاق واسع.", "وحصد المنشور آلاف التفاعلات.", "في أول تعليق له على الحادثة.")}");
                break;
            case 5:
                d.StoryLine($"وأفادت {r.Pick("وكالة الأنباء السعودية (واس)", "وكالة رويترز", "مصادر مطلعة لـ«" + d.Paper + "»")} بأن {Sentence(d)}");
                break;
            case 6:
                d.StoryLine(r.Pick(Subheadings));
                break;
            case 7:
                d.StoryLine(r.Pick(Closings));
                break;
            case 8:
                d.StoryLine($"وبلغ سعر {r.Pick("برميل النفط", "غرام الذهب عيار 21", "طن الحديد", "المتر المربع في الحي")} نحو {r.Number(r.Between(40, 4000))} {r.Pick("ريالاً", "دولاراً")} {r.Pick("أمس.", "في تداولات الأسبوع.", "بحسب المؤشر.")}");
                break;
            default:
                d.StoryLine($"هاتف الطوارئ: {r.Pick("997", "998", "911", "937")}");
                break;
        }
    }

    private static string Sentence(PageDraft d) => TextReferee.Normalize(d.R.Pick(d.Pools.Sentences));
}

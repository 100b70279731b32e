namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// Lines the story itself carries that look like furniture: hotlines, numbered points,
// questions and answers, verses, posts reported in speech, cited sources, subheadings,
// closing formulas, prices and figures. A reader counts each as the story's own, so each is
// body: they guard against a cleaner that removes too much.
internal static class OwnLines
{
    // A closing formula ends the story, so it is written after the last paragraph.
    public static string Closing(DressingRandom r) => r.Pick("والله ولي التوفيق.", "وبالله التوفيق.", "والله الموفق.", "والله من وراء القصد.");

    public const int Shapes = 14;

    public static string Draw(PageDraft p, int shape)
    {
        var r = p.R;
        var who = Wording.Person(r);
        var city = r.Pick(DressingPools.Cities);
        return shape switch
        {
            0 => $"وللاستفسار يمكن الاتصال على الرقم المجاني {r.Number(800)} {r.Number(r.Between(100, 999))} {r.Number(r.Between(1000, 9999))} على مدار الساعة.",
            1 => $"{r.Pick("أولاً", "ثانياً", "ثالثاً")}: {r.Pick("رفع الطاقة الاستيعابية للمراكز الصحية في المنطقة.", "تمديد فترة التسجيل أسبوعين إضافيين.", "إلزام المنشآت بتحديث بياناتها قبل نهاية الشهر.")}",
            2 => $"س: متى يبدأ التسجيل؟ ج: يبدأ يوم {r.Pick(Wording.Days)} المقبل ويستمر {r.Number(r.Between(5, 30))} يوماً.",
            3 => "قال تعالى: «وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى».",
            4 => $"وكتب {who} في حسابه على تويتر أن العمل مستمر حتى اكتمال المشروع في {city}.",
            5 => $"أفادت وكالة الأنباء السعودية (واس) بأن الاجتماع ناقش {r.Number(r.Between(3, 12))} ملفات أبرزها الإسكان والتوظيف.",
            6 => r.Pick("تفاصيل الخطة", "ردود الفعل", "مراحل التنفيذ", "الأرقام في سطرين"),
            7 => $"ودعا {who} المواطنين إلى متابعة الحساب الرسمي للجهة على تويتر لمعرفة المستجدات.",
            8 => $"ويبلغ سعر التذكرة {r.Number(r.Between(50, 400))} ريالاً للفئة الأولى، و{r.Number(r.Between(20, 49))} ريالاً للفئة الثانية.",
            9 => $"وارتفع المؤشر العام بنسبة {Wording.Decimal1(r, r.Between(1, 4), r.Between(1, 9))} في المئة ليغلق عند {r.Number(r.Between(7000, 9999))} نقطة.",
            10 => $"وأوضح {who} أن الصورة التي تداولها مستخدمون التُقطت في {city} قبل عامين وليست حديثة.",
            11 => $"وأشار إلى أن نسبة الإنجاز بلغت {r.Number(r.Between(40, 99))}٪ وأن التسليم متوقع مطلع العام المقبل.",
            12 => $"رقم البلاغ الموحد {r.Number(r.Pick(911, 937, 940, 998))} متاح للجميع.",
            _ => $"وجاء في نص التعميم رقم {r.Number(r.Between(100, 9999))}/{r.Number(r.Between(1, 9))} أن القرار يسري من تاريخه.",
        };
    }
}

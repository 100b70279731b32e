namespace BlazorReader.Bench.Cleaning.TwentyThird;

// Lines a story of these pages carries that look like furniture but are its own: a hotline,
// numbered points, a question and its answer, a verse, a post reported in speech, a cited
// agency, a short subheading, a closing formula, a price. A reader keeps every one of them.
internal static class StoryOwnLines
{
    // Where such lines stand in a story: a closing formula last, a subheading between two
    // paragraphs, the rest anywhere after the lead.
    public enum Place
    {
        AfterLead,
        Between,
        Last,
    }

    public static (List<string> Lines, Place Where) Some(PageKit k)
    {
        var r = k.R;
        var kind = r.Next(10);
        var where = kind switch
        {
            6 => Place.Between,
            7 => Place.Last,
            _ => Place.AfterLead,
        };
        return (Lines(k, kind), where);
    }

    private static List<string> Lines(PageKit k, int kind)
    {
        var r = k.R;
        return kind switch
        {
            0 => [$"وللاستفسار يمكن الاتصال على الرقم المجاني {Phone(r)} على مدار الساعة."],
            1 => [$"{r.Pick("أولاً", "1.", "١-")} {r.Pick("رفع كفاءة الإنفاق على المشاريع القائمة.", "توسيع نطاق الخدمات الإلكترونية.")}",
                  $"{r.Pick("ثانياً", "2.", "٢-")} {r.Pick("تعزيز الشراكة مع القطاع الخاص.", "تدريب الكوادر الوطنية ورفع جاهزيتها.")}"],
            2 => r.Chance(0.5)
                ? ["س: متى يبدأ تطبيق القرار؟", "ج: مع بداية الربع المقبل، بحسب الجدول المعلن."]
                : ["س: من المستفيد من البرنامج؟", "ج: جميع الأسر المسجلة في قاعدة البيانات."],
            3 => [r.Pick("قال تعالى: «وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى».", "قال تعالى: «إِنَّ اللَّهَ لَا يُضِيعُ أَجْرَ الْمُحْسِنِينَ».")],
            4 => [$"وكتب {r.Pick("المتحدث الرسمي باسم الوزارة", "رئيس اللجنة", "مدير الإدارة")} في حسابه على {r.Pick("تويتر", "منصة إكس")} أن {r.Pick("القرار خطوة في الاتجاه الصحيح", "العمل مستمر حتى اكتمال المشروع")}، داعياً المتابعين إلى {r.Pick("التحقق من المصادر الرسمية", "المشاركة في الاستبيان")}."],
            5 => [$"{r.Pick("وأفادت", "وذكرت", "وأوردت")} {r.Pick("وكالة الأنباء السعودية", "وكالة رويترز", "صحيفة " + k.Paper)} أن {r.Pick("الاجتماع استمر ثلاث ساعات", "اللجنة ستعلن نتائجها الأسبوع المقبل", "عدد المستفيدين تجاوز التوقعات")}."],
            6 => [r.Pick("خطة التنفيذ", "أرقام ودلالات", "الخطوة التالية", "ماذا بعد؟")],
            7 => [r.Pick("والله ولي التوفيق.", "وبالله التوفيق.", "حفظ الله البلاد وأهلها.")],
            8 => [$"ويبلغ سعر {r.Pick("التذكرة", "الوحدة", "الاشتراك السنوي")} {k.Num(r.Between(15, 2500))} {r.Pick("ريالاً", "ريال", "دولاراً")}، {r.Pick("شاملة الضريبة", "بحسب البيان", "وفق القائمة المعلنة")}."],
            _ => [$"وبلغت {r.Pick("نسبة الإنجاز", "نسبة الإشغال", "نسبة النمو")} {k.Num(r.Between(12, 98))}{r.Pick("%", "٪", " في المئة")} {r.Pick("حتى نهاية الشهر", "خلال الربع الثاني", "منذ بداية العام")}."],
        };
    }

    private static string Phone(DressingRandom r)
    {
        var digits = r.Pick("800", "920", "937") + r.Letters(r.Pick(6, 7), "0123456789");
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(digits) : digits;
    }
}

namespace BlazorReader.Bench.Cleaning.TwentySeventh;

// Lines a story carries that look like a page's furniture — a hotline, a numbered point, a
// question and its answer, a verse, a post told in reported speech, a cited source, a short
// subheading, a closing formula, a price — and that a reader counts as the story's own.
// They guard against a cleaner that removes too much.
internal static class LookAlikeLines
{
    public static readonly Func<DressingRandom, string>[] Common =
    [
        r => $"وللاستفسار يمكن الاتصال على الرقم المجاني {r.Pick("800", "٨٠٠")} {r.Letters(3, "0123456789")} {r.Letters(4, "0123456789")} طوال أيام الأسبوع.",
        r => $"{r.Pick("ثانياً", "ثالثاً", "رابعاً")}: {r.Pick("تمديد ساعات العمل في الفروع خلال الإجازة", "إلزام المنشآت بنشر الأسعار بوضوح", "توفير مقاعد إضافية لذوي الإعاقة")}.",
        r => $"س: {r.Pick("متى تبدأ المرحلة الثانية؟", "هل تشمل القرارات المقيمين؟")} ج: {r.Pick("بعد اكتمال الدراسة الفنية", "نعم، وفق الضوابط المعلنة")}، بحسب المتحدث.",
        r => r.Pick("قال تعالى: «وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى».", "واستشهد الخطيب بقوله تعالى: «إِنَّ مَعَ الْعُسْرِ يُسْرًا»."),
        r => $"وكتب {DressingPools.PersonName(r)} في حسابه على «تويتر» أن القرار {r.Pick("جاء في وقته", "يحتاج إلى مراجعة", "يخدم المواطن أولاً")}.",
        r => $"أفادت وكالة {r.Pick("الأنباء السعودية", "رويترز", "الأناضول")} بأن {r.Pick("الاجتماع استمر ثلاث ساعات", "الوفد وصل مساء أمس", "التحقيقات ما زالت جارية")}.",
        r => r.Pick("تفاصيل القرار", "ردود الفعل", "الخطوة التالية", "أرقام لافتة"),
        r => $"وبلغ سعر {r.Pick("كيس الأرز", "كيلو الطماطم", "لتر البنزين")} {r.Number(r.Between(2, 90))} {r.Pick("ريالاً", "ريال")} في {r.Pick("الأسواق الشعبية", "المراكز الكبرى")} هذا الأسبوع.",
    ];

    // A closing formula ends the story: it is written after the last paragraph, never inside.
    public static string Closing(DressingRandom r) => r.Pick("والله ولي التوفيق.", "وبالله التوفيق.", "حفظ الله البلاد وأهلها.", "والله من وراء القصد.");
}

namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// The story's own lines that look like chrome: a share count in a sentence, a named source,
// a subheading, a numbered point, a question and its answer, a verse, a price, a hotline, a
// closing formula, a date sentence. They are body: a reader keeps every one of them.
internal static class LookAlikes
{
    private static readonly string[] Verses =
    [
        "﴿وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى﴾",
        "﴿إِنَّ اللَّهَ لَا يُغَيِّرُ مَا بِقَوْمٍ حَتَّى يُغَيِّرُوا مَا بِأَنْفُسِهِمْ﴾",
        "﴿وَقُلِ اعْمَلُوا فَسَيَرَى اللَّهُ عَمَلَكُمْ وَرَسُولُهُ وَالْمُؤْمِنُونَ﴾",
        "﴿وَمَنْ أَحْيَاهَا فَكَأَنَّمَا أَحْيَا النَّاسَ جَمِيعًا﴾",
    ];

    private static readonly string[] Bodies = ["الوزارة", "الهيئة", "الأمانة", "الإدارة العامة", "اللجنة المنظمة", "الجمعية", "الغرفة التجارية"];

    private static readonly string[] Things = ["البرنامج", "المبادرة", "الحملة", "المشروع", "الخدمة الجديدة", "المسابقة", "المعرض"];

    private static readonly string[] Aims = ["توفير فرص عمل للشباب في القطاع الخاص", "رفع جودة الخدمات المقدمة للمراجعين", "تقليص مدة إنجاز المعاملات إلى النصف", "تعزيز الشراكة مع الجهات الحكومية ذات العلاقة", "تدريب الكوادر الوطنية على الأنظمة الحديثة"];

    private static readonly string[] Ordinals = ["أولاً: ", "ثانياً: ", "ثالثاً: "];

    public static List<string> Make(DressingRandom r, Story s)
    {
        var body = r.Pick(Bodies);
        var thing = r.Pick(Things);
        var she = thing.Contains('ة');
        var city = r.Pick(DressingPools.Cities);
        var (q, a) = r.Pick(("س: ", "ج: "), ("سؤال: ", "الجواب: "), ("- ", "- "));
        return r.Next(10) switch
        {
            0 => [r.Pick("وتجاوز عدد مشاركات ", "وبلغ عدد مرات مشاركة ", "وحصد ") + r.Pick("المقطع", "الوسم", "المنشور") + r.Pick(" على مواقع التواصل ", " في تويتر ") + Words.D(r, r.Between(2, 90)) + r.Pick(" ألف مشاركة", " ألف إعادة تغريدة") + r.Pick(" خلال ساعات من نشره.", " في أقل من يوم.")],
            1 => [r.Pick("وذكرت ", "وأفادت ", "ونقلت ") + r.Pick("وكالة الأنباء السعودية (واس)", "وكالة " + r.Pick(DressingPools.Agencies), "صحيفة " + r.Pick(DressingPools.Papers)) + r.Pick(" أن ", " عن مصدر مطلع أن ") + body + " " + r.Pick("ستبدأ تنفيذ ", "أنهت دراسة ", "اعتمدت ") + thing + r.Pick(" خلال الأسابيع المقبلة.", " بعد موافقة الجهات المختصة.")],
            2 => [r.Pick("مراحل ", "أهداف ", "تفاصيل ", "خلفية ") + thing, r.Pick("وتشمل المرحلة الأولى من ", she ? "وتستهدف " : "ويستهدف ") + thing + " " + r.Pick("أكثر من ", "نحو ") + Words.D(r, r.Between(3, 40)) + r.Pick(" ألف مستفيد", " حياً") + " في " + city + "."],
            3 => Points(r, thing),
            4 => [q + r.Pick("متى يبدأ تطبيق ", "من يحق له الاستفادة من ", "كيف يمكن التسجيل في ") + thing + "؟", a + r.Pick("يبدأ التطبيق مطلع الشهر المقبل بحسب ما أعلنته " + body, "يحق ذلك لكل من سجل بياناته لدى " + body, "يتم التسجيل عبر الموقع الإلكتروني ل" + body[1..]) + "."],
            5 => [r.Pick("وقال تعالى: ", "مصداقاً لقوله تعالى: ", "واستشهد بقوله تعالى: ") + r.Pick(Verses) + r.Pick("", ".")],
            6 => [r.Pick("ويبلغ سعر ", "وتبلغ قيمة ", "وحُددت رسوم ") + r.Pick("التذكرة ", "الاشتراك ", "الدخول ") + Words.D(r, r.Between(10, 500)) + r.Pick(" ريالاً", " ريال", " درهماً") + r.Pick(" للفرد،", " للكبار،") + r.Pick(" فيما يُعفى الأطفال من الرسوم.", " وتتوفر خصومات للطلاب.")],
            7 => [r.Pick("ودعت ", "وحثت ") + body + r.Pick(" المواطنين والمقيمين إلى", " الجميع إلى") + " التواصل " + r.Pick("عبر الرقم المجاني ", "على الرقم الموحد ") + Words.D(r, r.Pick(940, 937, 911, 1909, 199)) + r.Pick(" على مدار الساعة.", " للإبلاغ عن أي ملاحظات.")],
            8 => [r.Pick("وفي ختام كلمته سأل الله ", "واختتم كلمته سائلاً الله ", "وختم حديثه داعياً الله ") + r.Pick("أن يحفظ البلاد وأهلها", "التوفيق للجميع") + r.Pick("، والله ولي التوفيق.", "، والسلام عليكم ورحمة الله وبركاته.")],
            _ => [(she ? r.Pick("وتبدأ ", "وتنطلق ", "وتُفتتح ") : r.Pick("ويبدأ ", "وينطلق ", "ويُفتتح ")) + thing + " " + r.Pick("يوم ", "") + Words.Weekday(s.When.AddDays(r.Between(2, 20))) + " المقبل" + r.Pick(" الموافق ", " ") + Words.Gregorian(r, s.When.AddDays(r.Between(2, 20))) + r.Pick(she ? "، وتستمر أسبوعين." : "، ويستمر أسبوعين.", " في " + city + ".")],
        };
    }

    private static List<string> Points(DressingRandom r, string thing)
    {
        var items = Aims
            .OrderBy(_ => r.Next(99)).Take(r.Between(2, 3)).ToList();
        var mark = r.Next(3);
        var lines = new List<string> { (thing.Contains('ة') ? "وتهدف " : "ويهدف ") + thing + " إلى" + r.Pick(":", " ما يلي:", " عدة أمور، أبرزها:") };
        for (var i = 0; i < items.Count; i++)
        {
            lines.Add((mark == 0 ? Words.D(r, i + 1) + r.Pick("- ", ". ", ") ") : mark == 1 ? Ordinals[i] : "- ") + items[i] + ".");
        }
        return lines;
    }
}

namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// The story's own lines that wear chrome's clothes: a share count, a source, a subheading,
// a numbered point, a question and its answer, a verse, a price, a hotline, a closing formula,
// a date. They are the story, and a reader keeps them.
internal static class LookAlikeLines
{
    private static readonly string[] Bodies = ["الوزارة", "الهيئة", "اللجنة", "الجهة المختصة", "الإدارة العامة", "الأمانة", "الجمعية"];

    // A closing formula belongs at the story's end: «closing» says so.
    public static List<string> Make(DressingRandom r, Story s, out bool closing)
    {
        closing = false;
        var who = r.Pick(Bodies);
        var n = (int min, int max) => r.Number(r.Between(min, max));
        switch (r.Next(10))
        {
            case 0:
                var (thing, its) = r.Pick(("المقطع", "نشره"), ("الصورة", "نشرها"), ("الخبر", "نشره"));
                return [r.Pick("وتداول", "وأعاد نشر") + " أكثر من " + n(300, 90000) + r.Pick(" مستخدم ", " حساب ") + thing + " على مواقع التواصل الاجتماعي" + r.Pick(" خلال ساعات من " + its + ".", " منذ صباح اليوم.", "، وسط مطالبات بمحاسبة المتسببين.")];
            case 1:
                return [r.Pick("وذكرت", "وأفادت", "ونقلت") + " " + r.Pick("وكالة الأنباء السعودية", "وكالة رويترز", "صحيفة " + s.Paper, "مصادر مطلعة") + r.Pick(" أن ", " أن ") + who + r.Pick(" ستعلن التفاصيل في وقت لاحق.", " باشرت إجراءاتها فور تلقي البلاغ.", " لم تصدر بياناً رسمياً حتى الآن.")];
            case 2:
                return [r.Pick("تفاصيل القرار", "خلفية الحادثة", "ردود الفعل", "المرحلة المقبلة", "أرقام ودلالات", "مطالب الأهالي")];
            case 3:
                var k = r.Between(1, 4);
                return [.. Enumerable.Range(k, r.Between(1, 2)).Select(i => DateWords.Digits(r, i.ToString(System.Globalization.CultureInfo.InvariantCulture)) + r.Pick("- ", ". ", ") ")
                    + r.Pick("توفير الكوادر المؤهلة في جميع المواقع.", "رفع مستوى التنسيق بين الجهات ذات العلاقة.", "مراجعة الإجراءات المتبعة خلال شهر.", "تخصيص ميزانية مستقلة للمشروع.")).Distinct()];
            case 4:
                return [r.Pick("س: ", "سؤال: ") + r.Pick("متى يبدأ تطبيق القرار؟", "من المستفيد من البرنامج؟", "هل تشمل الخطة جميع المناطق؟"),
                    r.Pick("ج: ", "جواب: ") + r.Pick("يبدأ التطبيق مطلع العام الهجري المقبل بحسب ما أعلنته ", "تشمل المرحلة الأولى المدن الرئيسية وفق ما أكدته ", "المستفيدون هم من تنطبق عليهم الشروط التي حددتها ") + who + "."];
            case 5:
                return [r.Pick("قال تعالى: {إِنَّ مَعَ الْعُسْرِ يُسْرًا}.", "قال تعالى: {وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى}.", "واستشهد المتحدث بقول المتنبي: «على قدر أهل العزم تأتي العزائم».",
                    "وختم بقوله تعالى: {وَقُل رَّبِّ زِدْنِي عِلْمًا}.")];
            case 6:
                return [r.Pick("ويبلغ سعر التذكرة ", "وتبلغ رسوم التسجيل ", "ويصل سعر الوحدة إلى ") + n(15, 900) + " ريالاً" + r.Pick(" للفرد.", " شاملة الضريبة.", "، فيما يُعفى الأطفال من الرسوم.")];
            case 7:
                var (verb, to) = r.Pick(("ودعت ", "إلى"), ("وحثت ", "على"));
                return [verb + who + r.Pick(" المواطنين والمقيمين ", " الجميع ") + to + " الإبلاغ عن أي ملاحظات عبر الرقم " + r.Pick("المجاني ", "الموحد ", "") + DateWords.Digits(r, r.Between(800100, 940999).ToString(System.Globalization.CultureInfo.InvariantCulture)) + r.Pick(".", " على مدار الساعة.")];
            case 8:
                closing = true;
                return [r.Pick("والله ولي التوفيق.", "وبالله التوفيق.", "والله الموفق.", "حفظ الله البلاد وأهلها من كل مكروه.")];
            default:
                return [r.Pick("ويبدأ التسجيل ", "وتنطلق الفعاليات ", "ويُعقد الاجتماع المقبل ") + r.Pick("يوم ", "") + DateWords.Weekday(s.When.AddDays(7)) + " " + DateWords.Hijri(r, s.When.AddDays(7)) + " الموافق " + DateWords.Gregorian(r, s.When.AddDays(7)) + "."];
        }
    }
}

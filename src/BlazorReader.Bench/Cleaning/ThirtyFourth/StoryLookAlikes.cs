namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// The story's own lines that look like chrome: a share count in a sentence, a named source, a
// subheading, a numbered point, a question and its answer, a verse, a price, a hotline, a
// closing formula, a date. They are the story, so they are body, built from parts.
internal static class StoryLookAlikes
{
    private static readonly string[] Bodies = ["الهيئة", "الوزارة", "اللجنة المنظمة", "إدارة المرور", "البلدية", "الجمعية الخيرية", "الغرفة التجارية"];

    public static IEnumerable<string> Draw(DressingRandom r, Sheet s, bool atEnd)
    {
        var who = r.Pick(Bodies);
        var d = Calendar.Day(r, s);
        var kind = r.Next(10);
        // A closing formula closes: mid-story it would not read as the story's.
        switch (kind == 8 && !atEnd ? 9 : kind)
        {
            case 0:
                yield return r.Pick("وتداول المغردون", "وتناقل مستخدمو مواقع التواصل", "وانتشر") + r.Pick(" المقطع", " الخبر", " الصور") + " " + r.Pick("الذي تجاوزت مشاركاته ", "وحصد أكثر من ") + r.Number(r.Between(1200, 90000)) + r.Pick(" مشاركة خلال ساعات.", " إعادة تغريد في يوم واحد.", " مشاهدة منذ نشره.");
                break;
            case 1:
                yield return r.Pick("وذكرت وكالة الأنباء ", "ونقلت وكالة ", "وأفادت وكالة ") + r.Pick("السعودية", "الكويتية", "الرسمية", "الفرنسية") + r.Pick(" أن ", " بأن ") + who + r.Pick(" ستعلن النتائج خلال الأيام المقبلة.", " باشرت التحقيق في الواقعة.", " رفعت تقريرها إلى الجهات المختصة.");
                break;
            case 2:
                yield return r.Pick("التفاصيل", "خلفية الخبر", "أرقام وحقائق", "ماذا بعد؟", "ردود الفعل", "في التفاصيل");
                break;
            case 3:
                var n = r.Between(1, 3);
                for (var i = 0; i < n; i++)
                {
                    yield return Calendar.Digits(r, $"{i + 1}") + r.Pick("- ", ". ", ") ") + r.Pick("تمديد", "توحيد", "تسهيل", "مراجعة") + " " + r.Pick("إجراءات التسجيل", "مدة التقديم", "شروط القبول", "مواعيد العمل") + r.Pick(" في جميع الفروع.", " اعتباراً من الشهر المقبل.", " بحسب ما أعلنته " + who + ".");
                }
                break;
            case 4:
                yield return r.Pick("ما الذي تغير؟", "متى يبدأ التطبيق؟", "من المستفيد من القرار؟");
                yield return r.Chance(0.5)
                    ? "يقول " + DressingPools.PersonName(r) + r.Pick(" إن التطبيق سيبدأ تدريجياً ويشمل الجميع.", " إن المرحلة الأولى تخص المدن الكبرى.")
                    : "ويوضح " + DressingPools.PersonName(r) + r.Pick(" أن التطبيق سيبدأ تدريجياً ويشمل الجميع.", " أن المرحلة الأولى تخص المدن الكبرى.");
                break;
            case 5:
                yield return r.Pick("قال تعالى: ", "وقال تعالى: ", "") + r.Pick("﴿وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى﴾", "﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾", "﴿وَقُل رَّبِّ زِدْنِي عِلْمًا﴾") + r.Pick(".", "", " صدق الله العظيم.");
                break;
            case 6:
                yield return r.Pick("وبلغ سعر ", "وارتفع سعر ", "واستقر سعر ") + r.Pick("الكيلو ", "الطن ", "اللتر ", "السهم ") + r.Pick("إلى ", "عند ") + r.Number(r.Between(2, 900)) + r.Pick(" ريالاً", " ريال", " دولاراً") + r.Pick(" في تعاملات اليوم.", " مقارنة بالأسبوع الماضي.", ".");
                break;
            case 7:
                yield return r.Pick("ودعت ", "وحثت ") + who + r.Pick(" المواطنين", " السكان", " الزوار") + r.Pick(" إلى الاتصال بالرقم ", " للتواصل عبر الرقم الموحد ") + Calendar.Digits(r, r.Pick("920000000", "940", "8001234567", "911", "199")) + r.Pick(" عند ملاحظة أي مخالفة.", " للاستفسار.", " على مدار الساعة.");
                break;
            case 8:
                yield return r.Pick("والله ولي التوفيق.", "وبالله التوفيق.", "نسأل الله أن يحفظ البلاد وأهلها.", "والله من وراء القصد.");
                break;
            default:
                yield return r.Pick("وكانت ", "ويُذكر أن ") + who + r.Pick(" قد أعلنت في ", " أطلقت المبادرة في ") + Calendar.Gregorian(r, d, r.Chance(0.4)) + r.Pick(" الموافق " + Calendar.Hijri(r, d), "") + ".";
                break;
        }
    }
}

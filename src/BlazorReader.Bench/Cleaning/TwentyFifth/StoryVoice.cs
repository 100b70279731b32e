using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// Lines the story itself carries that look like a page's furniture: a hotline, numbered
// points, a question and its answer, a verse, a post told in reported speech, a source
// sentence, a short subheading, a closing formula, a price. A cleaner that takes them
// out has cut the story, so they are body whatever their shape.
internal static class StoryVoice
{
    public static void Add(PageDraft page)
    {
        var r = page.R;
        var count = r.Pick(0, 1, 1, 2, 2, 3);
        for (var i = 0; i < count; i++)
        {
            switch (r.Next(9))
            {
                case 0:
                    page.Story(r.Chance(0.5) ? page.End : page.Inside(), Hotline(r));
                    break;
                case 1:
                    Points(page, page.Inside());
                    break;
                case 2:
                    Interview(page, page.Inside());
                    break;
                case 3:
                    page.Story(page.Inside(), r.Pick("قال تعالى: ﴿وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى﴾", "﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾", "قال الله تعالى: ﴿وَمَنْ أَحْيَاهَا فَكَأَنَّمَا أَحْيَا النَّاسَ جَمِيعًا﴾", "وقال الشاعر: إذا غامرت في شرف مروم ... فلا تقنع بما دون النجوم"));
                    break;
                case 4:
                    page.Story(page.Inside(), r.Pick("وكتب ", "وغرّد ", "ونشر ") + DressingPools.PersonName(r) + r.Pick(" عبر حسابه في تويتر أن ", " في تغريدة على حسابه الرسمي أن ", " على صفحته في فيسبوك أن ") + r.Pick("العمل يسير وفق الجدول المحدد.", "الفرق الميدانية ستواصل عملها حتى اكتمال المهمة.", "المواطنين أبدوا تعاوناً كبيراً.", "النتائج ستعلن في وقت لاحق."));
                    break;
                case 5:
                    page.Story(page.Inside(), r.Pick("أفادت وكالة الأنباء السعودية (واس) بأن ", "وذكرت وكالة رويترز نقلاً عن مصادر مطلعة أن ", "ونقلت صحيفة " + r.Pick(DressingPools.Papers) + " عن مسؤول أن ", "وبحسب بيان صادر عن الجهة، فإن ") + r.Pick("الإجراءات ستستكمل قبل نهاية العام.", "اللجنة عقدت اجتماعها الأول أمس.", "الأعمال بلغت مراحلها الأخيرة.", "التحقيقات ما زالت جارية."));
                    break;
                case 6:
                    page.Story(page.Inside(), r.Pick("تفاصيل الحادث", "خطة بديلة", "أرقام لافتة", "ردود فعل", "ماذا بعد؟", "خلفية", "مطالب الأهالي", "في الميدان:"));
                    break;
                case 7:
                    page.Story(page.End, r.Pick("والله ولي التوفيق.", "حفظ الله البلاد وأهلها من كل مكروه.", "والله الموفق.", "نسأل الله للجميع السلامة.", "وبالله التوفيق"));
                    break;
                default:
                    page.Story(page.Inside(), Price(r));
                    break;
            }
        }
    }

    public static string Hotline(DressingRandom r) => r.Pick(
        $"وللاستفسار يمكن الاتصال على الرقم المجاني {Digits(r, "800" + N(r.Between(1000000, 9999999)))}.",
        $"ودعت الجهة إلى الإبلاغ عن أي ملاحظات عبر الرقم الموحد {Digits(r, N(r.Pick(911, 940, 937, 998, 997, 993)))}.",
        $"للتواصل: {Digits(r, "92000" + N(r.Between(1000, 9999)))} (على مدار الساعة)",
        $"ويمكن للمستفيدين التواصل عبر الهاتف {Digits(r, "01" + N(r.Between(1000000, 9999999)))} أو زيارة أقرب فرع.");

    public static string Price(DressingRandom r) => r.Pick(
        $"وبلغ سعر الكيلو {Digits(r, N(r.Between(8, 90)))} ريالاً مقابل {Digits(r, N(r.Between(8, 90)))} ريالاً الأسبوع الماضي.",
        $"القيمة الإجمالية للمشروع: {Digits(r, N(r.Between(2, 900)))} مليون ريال.",
        $"وارتفع عدد المستفيدين إلى {Digits(r, N(r.Between(1200, 98000)))} مستفيد بنسبة نمو {Digits(r, N(r.Between(2, 40)))}%.",
        $"وسجل سعر البرميل {Digits(r, N(r.Between(40, 70)) + "." + N(r.Between(10, 99)))} دولاراً عند الإغلاق.");

    // A question the story puts and the answer it reports, as an interview prints them.
    private static void Interview(PageDraft page, int at)
    {
        var r = page.R;
        var (question, answer) = r.Next(4) switch
        {
            0 => ("متى يبدأ التطبيق فعلياً؟", "بحسب الجهة المعنية، خلال الأسابيع المقبلة بعد استكمال الإجراءات."),
            1 => ("هل يشمل القرار المقيمين؟", "نعم، وفق ما أكده المسؤول في حديثه."),
            2 => ("ما الجهة المسؤولة عن المتابعة؟", "لجنة مشتركة تضم عدداً من الجهات الحكومية."),
            _ => ("كم تبلغ التكلفة الإجمالية؟", $"نحو {Digits(r, N(r.Between(3, 90)))} مليون ريال على مراحل."),
        };
        var (q, a) = r.Pick(("س: ", "ج: "), ("سؤال: ", "جواب: "), ("- ", "- "), ("• ", ""));
        page.Story(at, q + question);
        page.Story(at, a + answer);
    }

    private static void Points(PageDraft page, int at)
    {
        var r = page.R;
        page.Story(at, r.Pick("وتضمنت الإجراءات ما يلي:", "وأبرز ما جاء في القرار:", "وشملت التوصيات:"));
        string[] items = ["توفير مواقع بديلة للمراجعين خلال فترة الأعمال", "رفع الجاهزية في المستشفيات القريبة", "تكثيف الحملات الرقابية على المنشآت", "إطلاق خدمة إلكترونية لتلقي الطلبات", "تمديد ساعات العمل في الفروع الرئيسية", "تشكيل فريق لمتابعة التنفيذ"];
        var n = r.Between(2, 4);
        var start = r.Next(items.Length);
        var style = r.Next(4);
        for (var i = 0; i < n; i++)
        {
            var num = Digits(r, N(i + 1));
            var mark = style switch { 0 => $"{num}- ", 1 => $"{num}) ", 2 => $"({num}) ", _ => $"{num}. " };
            page.Story(at, mark + items[(start + i) % items.Length] + r.Pick(".", "", "؛"));
        }
    }
}

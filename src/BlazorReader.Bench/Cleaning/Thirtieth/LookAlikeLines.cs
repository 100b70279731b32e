using System.Globalization;
namespace BlazorReader.Bench.Cleaning.Thirtieth;

// The story's own lines that look like chrome: a share count told in a sentence, a source
// named in the story's voice, a subheading, numbered points, a question and its answer, a
// verse, a price, a hotline, a date sentence, a closing formula. A reader keeps them all.
internal static class LookAlikeLines
{
    private static readonly string[] Verses =
    [
        "قال تعالى: ﴿وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى﴾.",
        "قال الله تعالى: ﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾.",
        "مستشهدًا بقوله تعالى: ﴿وَقُل رَّبِّ زِدْنِي عِلْمًا﴾.",
        "وتلا قوله تعالى: ﴿وَمَنْ أَحْيَاهَا فَكَأَنَّمَا أَحْيَا النَّاسَ جَمِيعًا﴾.",
    ];

    private static readonly string[] Agencies = ["وكالة الأنباء السعودية (واس)", "وكالة رويترز", "وكالة الصحافة الفرنسية", "وكالة الأناضول", "وكالة الأنباء الكويتية (كونا)"];

    private static readonly string[] Points = ["توفير الكوادر المؤهلة في جميع المواقع.", "تسهيل الإجراءات إلكترونيًا عبر البوابة.", "رفع الطاقة الاستيعابية خلال الموسم.", "متابعة التنفيذ وإعداد تقارير دورية.", "التنسيق مع الجهات ذات العلاقة."];

    // The lines, and whether they close the story (a closing formula stands last).
    public static (List<string> Lines, bool Closing) Draw(StoryFacts f)
    {
        var r = f.R;
        var n = (Func<int, int, string>)((a, b) => r.Number(r.Between(a, b)));
        var who = r.Pick("الوزارة", "الهيئة", "الأمانة", "إدارة المرور", "الجمعية", "اللجنة المنظمة", "الشركة");
        switch (r.Next(11))
        {
            case 0:
                var thousands = n(2, 90);
                var hours = n(2, 48);
                return ([r.Next(3) switch
                {
                    0 => "وتداول مستخدمو مواقع التواصل المقطع أكثر من " + thousands + " ألف مرة خلال " + hours + " ساعة من نشره.",
                    1 => "وتجاوزت مشاركات المنشور " + thousands + " ألف مشاركة خلال " + hours + " ساعة، بحسب متابعين.",
                    _ => "وحصد الوسم الذي أطلقه ناشطون أكثر من " + thousands + " ألف تغريدة في " + hours + " ساعة.",
                }], false);
            case 1:
                return ([r.Pick("وذكرت", "وأفادت", "وأوردت") + " " + r.Pick(Agencies) + r.Pick(" أن ", " في خبر لها أن ") + who + " " + r.Pick("ستعلن التفاصيل خلال الأيام المقبلة.", "بدأت تنفيذ الخطة في عدد من المناطق.", "تتابع الحالة عن كثب.")], false);
            case 2:
                return ([r.Pick("تفاصيل القرار", "ردود الفعل", "خلفية الحادثة", "مطالب الأهالي", "أرقام ودلالات", "ماذا بعد؟")], false);
            case 3:
            {
                var k = r.Between(2, 3);
                var points = Points.OrderBy(_ => r.Next(99)).Take(k).ToList();
                var mark = r.Pick("- ", ". ", ") ", "ـ ");
                return ([.. points.Select((p, i) => f.Digits((i + 1).ToString(CultureInfo.InvariantCulture)) + mark + p)], false);
            }
            case 4:
                var qa = r.Next(3);
                return ([r.Pick("س: ", "سؤال: ") + new[] { "متى يبدأ تطبيق القرار؟", "هل تشمل الخدمة جميع المناطق؟", "ما الذي يجب على المراجعين فعله؟" }[qa],
                    r.Pick("ج: ", "جواب: ") + new[] { "يبدأ التطبيق مطلع الشهر المقبل بحسب ما أعلنته " + who + ".", "نعم، وستتوسع تدريجيًا خلال العام الجاري.", "عليهم حجز موعد مسبق وإحضار الوثائق الأصلية." }[qa]], false);
            case 5:
                return ([r.Pick(Verses)], false);
            case 6:
                return ([r.Pick("ويبلغ سعر", "وحددت " + who + " رسوم", "وتصل تكلفة") + " " + r.Pick("التذكرة", "الاشتراك الشهري", "الخدمة") + " " + n(15, 900) + r.Pick(" ريالًا", " ريالاً للفرد", " ريال") + r.Pick(".", "، شاملة الضريبة.", " للكبار، ونصفها للأطفال.")], false);
            case 7:
                return ([(r.Chance(0.5) ? "ودعت " + who + r.Pick(" المواطنين والمقيمين", " الأهالي", " المراجعين") + " إلى " : "وحثت " + who + r.Pick(" المواطنين والمقيمين", " الأهالي", " المراجعين") + " على ") + r.Pick("التواصل عبر الرقم الموحد ", "الإبلاغ عن أي ملاحظة على الرقم ", "الاتصال بمركز العمليات ") + f.Digits(r.Pick("940", "937", "911", "8001245", "920001234")) + r.Pick(" على مدار الساعة.", ".", " طوال أيام الأسبوع.")], false);
            case 8:
                return ([r.Pick("ويبدأ التسجيل ", "وتنطلق الفعاليات ", "ويُغلق باب التقديم ") + r.Pick("يوم ", "") + StoryFacts.Weekday(f.Day.AddDays(3)) + " " + f.Gregorian(f.Day.AddDays(3)) + r.Pick("، ويستمر أسبوعين.", " الموافق " + f.Hijri(f.Day.AddDays(3)) + ".", ".")], false);
            case 9:
                return ([r.Pick("والله ولي التوفيق.", "وبالله التوفيق.", "والله الموفق والهادي إلى سواء السبيل.", "حفظ الله بلادنا من كل سوء.")], true);
            default:
                return ([r.Pick("وأكد ", "وأوضح ") + r.Pick("المتحدث الرسمي", "مدير عام " + r.Pick("الصحة", "التعليم", "المرور"), "رئيس اللجنة") + " " + StoryFacts.Name(r, false) + r.Pick(" أن العمل يسير وفق الجدول المعتمد.", " أن النتائج ستعلن قريبًا.", " أن الجهود متواصلة لخدمة الجميع.")], false);
        }
    }
}

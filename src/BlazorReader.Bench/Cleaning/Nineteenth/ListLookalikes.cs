namespace BlazorReader.Bench.Cleaning.Nineteenth;

// Body in short lines that look like a widget's: an interview's questions and answers, the
// decisions a story lists, a poem's verses, an account told hour by hour, a subheading. All
// of it is the story, built from parts so that no two articles carry the same lines.
public static class ListLookalikes
{
    public static void Interview(PageSheet s)
    {
        var r = s.R;
        s.Paragraph("وفي حديث " + r.Pick("خاص", "مع الصحيفة", "لـ«" + r.Pick(DressingPools.Papers) + "»") + "، أجاب " + DressingPools.PersonName(r) + " عن عدد من الأسئلة:");
        var (q, a) = r.Pick(("س: ", "ج: "), ("س/ ", "ج/ "), ("سؤال: ", "جواب: "), ("- س: ", "- ج: "));
        (string, string)[] pairs =
        [
            ("متى يبدأ تطبيق القرار؟", "يبدأ التطبيق مطلع العام المقبل بعد استكمال الإجراءات النظامية."),
            ("ما الفئات المستفيدة من البرنامج؟", "يشمل البرنامج الأسر ذات الدخل المحدود والطلاب وكبار السن."),
            ("هل هناك رسوم على الخدمة؟", "لا، الخدمة مجانية بالكامل وتقدم إلكترونياً."),
            ("كيف تقيّمون تجربة العام الماضي؟", "كانت ناجحة بكل المقاييس، واستفدنا من ملاحظات المراجعين."),
            ("ما أبرز التحديات؟", "ضيق الوقت، وكثرة الطلبات في الأسابيع الأولى."),
        ];
        foreach (var (question, answer) in pairs.OrderBy(_ => r.Next(99)).Take(r.Between(2, 3)))
        {
            s.Paragraph(q + question);
            s.Paragraph(a + answer);
        }
    }

    public static void Points(PageSheet s)
    {
        var r = s.R;
        s.Paragraph(r.Pick("وتضمنت القرارات ما يلي:", "وشملت التوصيات:", "وأبرز ما جاء في اللائحة الجديدة:", "وحددت الوزارة عدداً من الاشتراطات، أبرزها:"));
        string[] points = ["إلزام الجهات المعنية برفع تقارير شهرية", "تمديد ساعات العمل في المراكز خلال فترة الصيف", "منع تجديد التراخيص للمنشآت المخالفة", "إنشاء لجنة دائمة لمتابعة التنفيذ", "رفع الغرامات على المخالفين إلى الضعف", "تخصيص مسارات للحالات العاجلة"];
        var style = r.Next(4);
        var chosen = points.OrderBy(_ => r.Next(99)).Take(r.Between(3, 5)).ToList();
        var end = r.Pick(".", "،", "");
        var indic = r.Chance(0.5);
        string[] ordinals = ["أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً"];
        for (var i = 0; i < chosen.Count; i++)
        {
            var n = indic ? DressingRandom.ToArabicIndic($"{i + 1}") : $"{i + 1}";
            s.Paragraph(style switch { 0 => n + "- ", 1 => n + ". ", 2 => "(" + n + ") ", _ => ordinals[i] + ": " } + chosen[i] + (i == chosen.Count - 1 ? "." : end));
        }
    }

    public static void Verses(PageSheet s)
    {
        var r = s.R;
        string[] first = ["يا موطنَ العزِّ يا أرضَ الكرامِ لنا", "سلامٌ على أرضٍ سقاها ندى الهوى", "إذا المرءُ لم يبنِ العُلا بيمينِه", "وما الدارُ إلا أهلُها إن تآلفوا", "لنا في ثراكِ الطهرِ عهدٌ ومَوثقٌ"];
        string[] second = ["فيكِ الفؤادُ وفيكِ الروحُ والأملُ", "فما زالَ فيها للوفاءِ منازلُ", "فليس له في المجدِ ظلٌّ ولا أثرْ", "ولا عاشَ مَن يبغي لها الذلَّ والضيما", "نصونُ به الأيامَ ما دامتِ الدُّنا"];
        s.Paragraph(r.Pick("واختتم الحفل بقصيدة قال فيها:", "وأنشد الشاعر " + DressingPools.PersonName(r) + " أبياتاً جاء فيها:", "وختم كلمته بأبيات من الشعر:"));
        var sameLine = r.Chance(0.5);
        foreach (var i in Enumerable.Range(0, 5).OrderBy(_ => r.Next(99)).Take(r.Between(2, 3)))
        {
            if (sameLine)
            {
                s.Paragraph(first[i] + r.Pick(" *** ", " ... ", "    ", " ** ") + second[(i + 1) % 5]);
                continue;
            }
            s.Paragraph(first[i]);
            s.Paragraph(second[(i + 1) % 5]);
        }
    }

    public static void HourByHour(PageSheet s)
    {
        var r = s.R;
        s.Paragraph(r.Pick("وجاء تسلسل الأحداث على النحو التالي:", "وبحسب رواية الشهود، سارت الأحداث كالآتي:", "وفيما يلي تسلسل زمني لما جرى:"));
        string[] events = ["تلقي البلاغ الأول عن الحادث", "وصول الفرق الميدانية إلى الموقع", "بدء عمليات الإخلاء للمباني المجاورة", "السيطرة على الموقف بالكامل", "إعادة فتح الطريق أمام الحركة"];
        var hour = r.Between(5, 15);
        var minute = r.Next(30);
        var (before, after) = (r.Pick("الساعة ", "", "في تمام "), r.Pick(": ", " - ", " — "));
        var indic = r.Chance(0.4);
        foreach (var e in events.Take(r.Between(3, 5)))
        {
            minute += r.Between(10, 50);
            var time = $"{hour + minute / 60}:{Ink.Two(minute % 60)}";
            s.Paragraph(before + (indic ? DressingRandom.ToArabicIndic(time) : time) + after + e + ".");
        }
    }

    public static void Subheading(PageSheet s) =>
        s.Paragraph(s.R.Pick("تفاصيل القرار", "ردود الفعل", "خلفية", "مطالب الأهالي", "الخطوة التالية", "أرقام لافتة"));
}

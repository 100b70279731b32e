using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// Lines of the story that a cleaner may take for furniture because they are short and
// come in runs: a short interview (Q/A marks), the story's own numbered points, its own
// table of prices or counts, and a poem's verses. Each run opens with the story's own
// sentence that leads into it; every line is body, written in order.
internal static class StoryLists
{
    private static readonly string[] Questions = ["ما الخطوة التالية؟", "كيف تقيّمون ما تحقق حتى الآن؟", "كيف ستتعاملون مع الملاحظات؟", "هل من جديد في الأيام المقبلة؟", "ما رسالتكم للجمهور؟", "وماذا عن المرحلة المقبلة؟"];

    private static readonly string[] AnswerOpeners = ["نعمل حاليًا على", "بدأنا فعلًا في", "الأولوية الآن هي", "سنعمل خلال الفترة المقبلة على", "نحرص على"];

    private static readonly string[] AnswerClauses = ["استكمال العمل بالتنسيق مع الجهات المعنية", "مراجعة النتائج أولًا بأول", "دراسة كل ملاحظة تصلنا بعناية", "البناء على ما تحقق", "تطوير الأداء في كل مرحلة"];

    private static readonly string[] Points = ["تشكيل لجنة لمتابعة التنفيذ", "رفع تقارير دورية إلى الجهة المختصة", "تخصيص ميزانية مستقلة للمشروع", "إطلاق حملة توعوية في المدارس والأسواق", "التوسع في الخدمات الإلكترونية", "تدريب الكوادر الوطنية على الأنظمة الجديدة", "مراجعة الإجراءات الحالية وتبسيطها"];

    private static readonly string[] Ordinals = ["أولًا", "ثانيًا", "ثالثًا", "رابعًا", "خامسًا"];

    private static readonly string[] Produce = ["الطماطم", "البطاطس", "الخيار", "البصل", "الليمون", "الكوسة"];

    private static readonly string[] Regions = ["الرياض", "مكة المكرمة", "المنطقة الشرقية", "عسير", "القصيم", "حائل"];

    private static readonly string[] FirstHalves = ["وطنٌ نفديه بالأرواح راضيةً", "يا دارَ عزٍّ سما في المجد بانيها", "رفعنا الرايةَ الخضراءَ عاليةً", "هنا الرجالُ إذا نادى المنادي", "سلامٌ على أرضٍ حوتها المكارمُ"];

    private static readonly string[] SecondHalves = ["ونحمي حماه من الأيام والمحنِ", "وفاض من خيرها ما عمّ أهليها", "تظلّلنا بعزٍّ لا يُضاهى", "لبَّوا سراعًا وما ضلّوا الطريقا", "ويبقى لها في القلب ودٌّ ملازمُ"];

    public static List<string> Interview(DressingRandom r)
    {
        var (q, a) = r.Pick(("س: ", "ج: "), ("س/ ", "ج/ "), ("سؤال: ", "جواب: "), ("- ", "- "));
        var who = r.Pick("المسؤول", "مدير المشروع", "المتحدث الرسمي");
        var lines = new List<string> { r.Pick("وفي حديث قصير، أجاب " + who + " عن عدد من الاستفسارات:", "وردًّا على أسئلة الصحيفة، أوضح " + who + " ما يلي:", "وفي حوار مقتضب مع " + who + ":") };
        foreach (var question in Questions.OrderBy(_ => r.Next(100)).Take(r.Between(1, 3)))
        {
            lines.Add(q + question);
            lines.Add(a + r.Pick(AnswerOpeners) + " " + r.Pick(AnswerClauses) + r.Pick("، وسنعلن التفاصيل في حينها.", ".", "، والأبواب مفتوحة للجميع."));
        }
        return lines;
    }

    public static List<string> NumberedPoints(DressingRandom r)
    {
        var style = r.Next(4);
        var script = r.Chance(0.5) ? 1 : 0;
        var lines = new List<string> { "و" + r.Pick("تضمن القرار", "شمل البرنامج", "تضمنت التوصيات", "نص البيان على") + r.Pick(" عددًا من النقاط، أبرزها:", " ما يلي:", " النقاط الآتية:") };
        foreach (var (point, i) in Points.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5)).Select((p, i) => (p, i)))
        {
            var n = Ink.Digits((i + 1).ToString(CultureInfo.InvariantCulture), script);
            lines.Add((style switch { 0 => n + "- ", 1 => n + ". ", 2 => Ordinals[i] + ": ", _ => "(" + n + ") " }) + point + r.Pick(".", "", "؛"));
        }
        return lines;
    }

    // The story's own table: prices or counts it reports, one row a line.
    public static List<string> OwnTable(DressingRandom r, bool prices)
    {
        var script = r.Chance(0.5) ? 1 : 0;
        if (prices)
        {
            var lines = new List<string> { r.Pick("وجاءت أسعار الخضار في السوق المركزي على النحو الآتي:", "وسجلت أسعار بعض الأصناف أمس ما يلي:") };
            lines.AddRange(Produce.OrderBy(_ => r.Next(100)).Take(r.Between(3, 5)).Select(p => Price(p, r.Between(4, 45), r, script)));
            return lines;
        }
        var rows = new List<string> { r.Pick("وتوزعت الحالات على المناطق كالتالي:", "وجاء توزيع المستفيدين بحسب المناطق على النحو التالي:") };
        rows.AddRange(Regions.OrderBy(_ => r.Next(100)).Take(r.Between(3, 5))
            .Select(region => r.Pick("منطقة ", "") + region + r.Pick(": ", " - ") + Ink.Digits(r.Between(12, 4800).ToString(CultureInfo.InvariantCulture), script) + r.Pick(" حالة", " مستفيدًا", "")));
        return rows;
    }

    // Arabic counts its nouns: three to ten riyals take the plural, eleven and up the singular.
    private static string Price(string produce, int riyals, DressingRandom r, int script) =>
        produce + ": " + Ink.Digits(riyals.ToString(CultureInfo.InvariantCulture), script) + (riyals <= 10 ? " ريالات" : " ريالًا") + r.Pick(" للصندوق", " للكيلو", "");

    // Verses on short lines: a verse a line with its halves apart, or a half a line.
    public static List<string> Verses(DressingRandom r)
    {
        var lines = new List<string> { r.Pick("وألقى الشاعر ", "وشارك الشاعر ") + Outlets.ManName(r) + r.Pick(" بقصيدة قال فيها:", " بأبيات جاء فيها:") };
        var split = r.Chance(0.4);
        var apart = r.Pick("   ", " ... ", " *** ", "\t\t", " … ");
        foreach (var i in Enumerable.Range(0, FirstHalves.Length).OrderBy(_ => r.Next(100)).Take(r.Between(2, 3)))
        {
            if (split)
            {
                lines.Add(FirstHalves[i]);
                lines.Add(SecondHalves[i]);
            }
            else
            {
                lines.Add(FirstHalves[i] + apart + SecondHalves[i]);
            }
        }
        return lines;
    }
}

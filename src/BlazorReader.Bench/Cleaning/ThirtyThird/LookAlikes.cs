namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// The story's own lines that look like chrome: a share count in a sentence, a named source,
// a subheading, a numbered point, a question and its answer, a verse, a price, a hotline, a
// closing formula, a date sentence. They are story, so they are written as body paragraphs.
internal static class LookAlikes
{
    public static List<string> Draw(Story s, DressingRandom r)
    {
        var n = r.Between(1, 3);
        var lines = new List<string>();
        foreach (var kind in Enumerable.Range(0, 10).OrderBy(_ => r.Next(100)).Take(n))
        {
            lines.AddRange(One(kind, s, r));
        }
        return lines;
    }

    private static IEnumerable<string> One(int kind, Story s, DressingRandom r)
    {
        var who = r.Pick("وزارة الصحة", "أمانة المنطقة", "الهيئة العامة للسياحة", "وزارة التجارة", "الإدارة العامة للمرور", "جامعة الملك سعود", "الغرفة التجارية");
        switch (kind)
        {
            case 0:
                yield return $"{r.Pick("وتداول", "وتناقل", "وأعاد نشر")} {r.Pick("مستخدمو مواقع التواصل", "المغردون", "رواد الشبكات الاجتماعية")} {r.Pick("المقطع", "الصورة", "الخبر")} {r.Pick("أكثر من", "نحو", "قرابة")} {r.Number(r.Between(2, 90))} ألف مرة {r.Pick("خلال ساعات", "في يوم واحد", "منذ نشره")}.";
                break;
            case 1:
                yield return $"{r.Pick("وذكرت", "وأفادت", "ونقلت")} {r.Pick("وكالة الأنباء السعودية", "وكالة رويترز", "صحيفة " + s.Paper, "مصادر مطلعة")} أن {who} {r.Pick("ستعلن", "تعتزم إعلان", "بصدد إعلان")} {r.Pick("التفاصيل", "النتائج", "الآلية الجديدة")} {r.Pick("خلال الأيام المقبلة", "الأسبوع المقبل", "قريباً")}.";
                break;
            case 2:
                yield return r.Pick("تفاصيل القرار", "خلفية الأزمة", "ردود الفعل", "المرحلة المقبلة", "أرقام ودلالات") + r.Pick("", ":", "");
                break;
            case 3:
                var first = r.Between(1, 3);
                yield return $"{r.Number(first)}{r.Pick("- ", ". ", ") ")}{r.Pick("إلزام", "تمكين", "منع")} {r.Pick("المنشآت", "المقاولين", "المحال التجارية")} {r.Pick("بتطبيق الاشتراطات الجديدة", "من تجديد التراخيص إلكترونياً", "من العمل خلال ساعات الذروة")}.";
                yield return $"{r.Number(first + 1)}{r.Pick("- ", ". ", ") ")}{r.Pick("تغريم المخالفين", "مضاعفة الغرامة", "إيقاف الخدمة")} {r.Pick("مبلغاً يصل إلى", "بما لا يتجاوز")} {r.Number(r.Between(1, 50) * 1000)} ريال.";
                break;
            case 4:
                yield return $"{r.Pick("س:", "سؤال:", "•")} {r.Pick("متى يبدأ التطبيق", "من المشمول بالقرار", "هل تتغير الرسوم")}؟";
                yield return $"{r.Pick("ج:", "الجواب:", "-")} {r.Pick("يبدأ التطبيق مطلع الشهر المقبل", "يشمل القرار جميع المنشآت المسجلة", "لا تغيير على الرسوم في المرحلة الأولى")} {r.Pick("بحسب", "وفق")} {who}.";
                break;
            case 5:
                yield return $"{r.Pick("واستشهد", "واستهل")} {r.Pick("الخطيب", "المتحدث", "الشيخ")} {r.Pick("كلمته", "حديثه")} بقوله تعالى: {r.Pick("﴿وتعاونوا على البر والتقوى﴾", "﴿إن الله مع الصابرين﴾", "﴿وقل اعملوا فسيرى الله عملكم﴾")}.";
                break;
            case 6:
                yield return $"{r.Pick("ويبلغ سعر", "وحُدد سعر", "وتبلغ قيمة")} {r.Pick("التذكرة", "الاشتراك الشهري", "الوحدة")} {r.Number(r.Between(15, 900))} {r.Pick("ريالاً", "ريال", "درهماً")} {r.Pick("للكبار", "شاملة الضريبة", "في المرحلة الأولى")}{r.Pick(".", "، فيما يُعفى الأطفال منها.")}";
                break;
            case 7:
                yield return $"{r.Pick("ودعت", "وحثت")} {who} {r.Pick("المواطنين", "الأهالي", "المقيمين")} إلى {r.Pick("الإبلاغ عن أي مخالفة", "التواصل معها", "الاستفسار")} {r.Pick("عبر الرقم المجاني", "على الرقم الموحد", "من خلال الهاتف")} {r.Number(r.Pick(937, 940, 911, 8001245))} {r.Pick("على مدار الساعة", "طوال أيام الأسبوع", "")}.".Replace(" .", ".", StringComparison.Ordinal);
                break;
            case 8:
                yield return r.Pick("والله ولي التوفيق.", "والله الموفق.", "وبالله التوفيق.", "حفظ الله بلادنا وأدام عليها أمنها.");
                break;
            default:
                yield return $"{r.Pick("ويبدأ التسجيل", "وتنطلق الفعاليات", "ويُفتح باب التقديم")} {r.Pick("يوم", "")} {Story.Weekday(s.Date.AddDays(7))} {s.Day(s.Date.AddDays(7))}{r.Pick(" ويستمر أسبوعين", " ولمدة عشرة أيام", "")}.".Replace("  ", " ", StringComparison.Ordinal);
                break;
        }
    }
}

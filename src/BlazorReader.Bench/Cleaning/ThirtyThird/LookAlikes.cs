namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// The story's own lines that look like chrome: a share count in a sentence, a named source,
// a subheading, a numbered point, a question and its answer, a verse, a price, a hotline, a
// closing formula, a date sentence. They are story, so they are written as body paragraphs.
internal static class LookAlikes
{
    // One to three groups (a question with its answer, a list's points stay together); a
    // closing formula is flagged to go after the story's last line.
    public static List<(List<string> Lines, bool Closing)> Draw(Story s, DressingRandom r) =>
        [.. Enumerable.Range(0, 10).OrderBy(_ => r.Next(100)).Take(r.Between(1, 3)).Select(kind => (One(kind, s, r).ToList(), kind == 8))];

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
                // One digit script and one mark for the whole list; each verb with its own object.
                var indic = r.Chance(0.4);
                var mark = r.Pick("- ", ". ", ") ");
                var (verb, what) = r.Pick(("إلزام", "بتطبيق الاشتراطات الجديدة"), ("تمكين", "من تجديد التراخيص إلكترونياً"), ("منع", "من العمل خلال ساعات الذروة"));
                yield return $"{Story.Plain(indic, 1)}{mark}{verb} {r.Pick("المنشآت", "المقاولين", "المحال التجارية")} {what}.";
                yield return $"{Story.Plain(indic, 2)}{mark}{r.Pick("تغريم المخالفين مبلغاً يصل إلى", "فرض غرامة لا تتجاوز", "مضاعفة الغرامة لتصل إلى")} {Story.Plain(indic, r.Between(1, 50) * 1000)} ريال.";
                break;
            case 4:
                yield return $"{r.Pick("س:", "سؤال:", "•")} {r.Pick("متى يبدأ التطبيق", "من المشمول بالقرار", "هل تتغير الرسوم")}؟";
                yield return $"{r.Pick("ج:", "الجواب:", "-")} {r.Pick("يبدأ التطبيق مطلع الشهر المقبل", "يشمل القرار جميع المنشآت المسجلة", "لا تغيير على الرسوم في المرحلة الأولى")} {r.Pick("بحسب", "وفق")} {who}.";
                break;
            case 5:
                yield return $"{r.Pick("وختم", "واستهل")} {r.Pick("الخطيب", "المتحدث", "الشيخ")} {r.Pick("كلمته", "حديثه")} بقوله تعالى: {r.Pick("﴿وتعاونوا على البر والتقوى﴾", "﴿إن الله مع الصابرين﴾", "﴿وقل اعملوا فسيرى الله عملكم﴾")}.";
                break;
            case 6:
                yield return $"{r.Pick("ويبلغ سعر", "وحُدد سعر", "وتبلغ قيمة")} {r.Pick("التذكرة", "الاشتراك الشهري", "الوحدة")} {(r.Chance(0.5) ? r.Number(r.Between(11, 99)) + " " + r.Pick("ريالاً", "درهماً") : r.Number(r.Between(1, 9) * 100) + " " + r.Pick("ريال", "درهم"))} {r.Pick("للكبار", "شاملة الضريبة", "في المرحلة الأولى")}{r.Pick(".", "، فيما يُعفى الأطفال منها.")}";
                break;
            case 7:
                var urge = r.Pick("ودعت", "وحثت");
                yield return $"{urge} {who} {r.Pick("المواطنين", "الأهالي", "المقيمين")} {(urge == "وحثت" ? "على" : "إلى")} {r.Pick("الإبلاغ عن أي مخالفة", "التواصل معها", "الاستفسار")} {r.Pick("عبر الرقم المجاني", "على الرقم الموحد", "من خلال الهاتف")} {Story.Plain(r, r.Pick(937, 940, 911, 8001245))} {r.Pick("على مدار الساعة", "طوال أيام الأسبوع", "")}.".Replace(" .", ".", StringComparison.Ordinal);
                break;
            case 8:
                yield return r.Pick("والله ولي التوفيق.", "والله الموفق.", "وبالله التوفيق.", "حفظ الله بلادنا وأدام عليها أمنها.");
                break;
            default:
                var (start, last) = r.Pick(("ويبدأ التسجيل", "ويستمر"), ("وتنطلق الفعاليات", "وتستمر"), ("ويُفتح باب التقديم", "ويستمر"));
                yield return $"{start} {r.Pick("يوم", "")} {Story.Weekday(s.Date.AddDays(7))} {s.Day(s.Date.AddDays(7))}{r.Pick(" " + last + " أسبوعين", " ولمدة عشرة أيام", "")}.".Replace("  ", " ", StringComparison.Ordinal);
                break;
        }
    }
}

namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// What a line of the story is, so a frame can write a subheading as its markup writes one.
internal enum LineRole
{
    Own,
    Heading,
    LookAlike,
}

internal sealed record StoryLine(string Text, LineRole Role);

// The story's own lines that look like chrome and must stay: a share count in a sentence, a
// named source, a subheading, a numbered point, a question and its answer, a verse, a price, a
// hotline, a closing formula, a date sentence. Built from parts, read as real story lines.
internal static class StoryLookAlikes
{
    private static readonly string[] Bodies = ["وزارة الصحة", "أمانة المنطقة", "الهيئة العامة للإحصاء", "وزارة التجارة", "المديرية العامة للدفاع المدني", "وزارة التعليم", "هيئة الطيران المدني"];

    private static readonly string[] Topics = ["المشروع", "القرار", "الحملة", "البرنامج", "المبادرة", "الخطة"];

    public static IEnumerable<StoryLine> Some(DressingRandom r, DateOnly day)
    {
        var count = r.Between(1, 3);
        for (var i = 0; i < count; i++)
        {
            foreach (var line in One(r, day))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<StoryLine> One(DressingRandom r, DateOnly day)
    {
        var body = r.Pick(Bodies);
        var topic = r.Pick(Topics);
        switch (r.Next(10))
        {
            case 0:
                yield return Line($"وتداول {r.Pick("أكثر من", "نحو", "قرابة")} {r.Number(r.Between(3, 90))} ألف مستخدم {r.Pick("المقطع", "الصورة", "الخبر")} على مواقع التواصل الاجتماعي خلال {r.Pick("ساعات", "يوم واحد", "الساعات الأولى")}، {r.Pick("وشاركه", "وأعاد نشره")} {r.Number(r.Between(2, 40))} ألفاً.");
                break;
            case 1:
                yield return Line($"{r.Pick("وذكرت", "وأفادت", "ونقلت")} {r.Pick("وكالة الأنباء السعودية", "وكالة رويترز", "وكالة الأنباء الكويتية")} {r.Pick("أن", "عن مصدر مسؤول أن")} {body} {r.Pick("ستعلن تفاصيل", "تتابع تنفيذ", "أنهت دراسة")} {topic} {r.Pick("في الأسابيع المقبلة", "خلال العام الجاري", "قبل نهاية الشهر")}.");
                break;
            case 2:
                yield return new StoryLine(r.Chance(0.6) ? r.Pick("تفاصيل", "خلفية", "مراحل", "أهداف", "تكلفة", "ما بعد") + " " + topic : r.Pick("ردود الفعل", "أرقام ومؤشرات", "المرحلة المقبلة", "موقف الجهات المعنية", "في انتظار التنفيذ"), LineRole.Heading);
                break;
            case 3:
                var first = r.Chance(0.5);
                for (var k = 1; k <= r.Between(2, 3); k++)
                {
                    var n = first ? r.Number(k) : DressingRandom.ToArabicIndic(Dates.N(k));
                    yield return Line($"{n}{r.Pick("- ", ". ", ") ")}{r.Pick("تعزيز", "رفع كفاءة", "توسيع", "متابعة")} {r.Pick("الخدمات المقدمة للمواطنين", "الرقابة على الأسواق", "مشاركة القطاع الخاص", "برامج التدريب")} {r.Pick("في جميع المناطق", "خلال المرحلة الأولى", "وفق جدول زمني محدد")}.");
                }
                break;
            case 4:
                yield return Line($"{r.Pick("س:", "سؤال:", "-")} {r.Pick($"متى يبدأ تطبيق {topic}", $"من المستفيدون من {topic}", $"كيف يمكن الاستفادة من {topic}")}؟");
                yield return Line($"{r.Pick("ج:", "الجواب:", "-")} {r.Pick("يبدأ التطبيق مطلع الشهر المقبل", "يشمل جميع المواطنين والمقيمين", "عبر الموقع الإلكتروني للجهة")} {r.Pick("بحسب ما أعلنته", "وفق ما أوضحته")} {body}.");
                break;
            case 5:
                yield return Line($"{(r.Chance(0.4) ? "واستشهد " + r.Pick("المتحدث", "الخطيب", "الشيخ") : r.Pick("وختم", "واستهل") + " " + r.Pick("المتحدث", "الخطيب", "الشيخ") + r.Pick(" كلمته", " حديثه"))} بقوله تعالى: «{r.Pick("إن مع العسر يسرا", "وقل رب زدني علما", "وتعاونوا على البر والتقوى", "وما توفيقي إلا بالله")}».");
                break;
            case 6:
                yield return Line($"{r.Pick("وبلغ سعر", "وارتفع سعر", "واستقر سعر")} {r.Pick("الطن", "الكيلوغرام", "البرميل", "الكيس")} {r.Pick("نحو", "قرابة", "ما يقارب")} {r.Number(r.Between(12, 2400))} {r.Pick("ريالاً", "ريال", "دولاراً")} {r.Pick("بعد الزيادة الأخيرة", "في تعاملات الأمس", "مقارنة بالشهر الماضي")}.");
                break;
            case 7:
                yield return Line($"{(r.Chance(0.5) ? $"ودعت {body} {r.Pick("المواطنين", "الجمهور", "السكان")} إلى" : $"وحثت {body} {r.Pick("المواطنين", "الجمهور", "السكان")} على")} الاتصال بالرقم {r.Number(r.Pick(937, 998, 911, 1909, 19911))} {r.Pick("للإبلاغ عن أي ملاحظات", "للاستفسار عن الخدمة", "على مدار الساعة")}.");
                break;
            case 8:
                yield return Line(r.Pick("والله ولي التوفيق.", "والله من وراء القصد.", "وبالله التوفيق.", "والسلام عليكم ورحمة الله وبركاته."));
                break;
            default:
                yield return Line($"{r.Pick("وكان ذلك", "وجاء الإعلان", "وعقد الاجتماع")} يوم {Dates.Weekday(day)} {r.Pick("الموافق", "")} {Dates.Gregorian(r, day)}{r.Pick("", " الموافق " + Dates.HijriDate(r, day))}.".Replace("  ", " ", StringComparison.Ordinal));
                break;
        }
    }

    private static StoryLine Line(string text) => new(TextReferee.Normalize(text), LineRole.LookAlike);
}
